package org.hipspa.phantom;

/** An axis-aligned box in the anatomy frame (mm), used to skip shapes far from a tile of pixels. */
record Box(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {

  static final Box EVERYWHERE = new Box(-1e9, -1e9, -1e9, 1e9, 1e9, 1e9);

  static Box around(double x, double y, double z, double r) {
    return new Box(x - r, y - r, z - r, x + r, y + r, z + r);
  }

  Box grow(double margin) {
    return new Box(minX - margin, minY - margin, minZ - margin, maxX + margin, maxY + margin, maxZ + margin);
  }

  Box union(Box o) {
    return new Box(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.min(minZ, o.minZ),
        Math.max(maxX, o.maxX), Math.max(maxY, o.maxY), Math.max(maxZ, o.maxZ));
  }

  boolean intersects(Box o) {
    return minX <= o.maxX && maxX >= o.minX && minY <= o.maxY && maxY >= o.minY && minZ <= o.maxZ && maxZ >= o.minZ;
  }

  boolean contains(double x, double y, double z) {
    return x >= minX && x <= maxX && y >= minY && y <= maxY && z >= minZ && z <= maxZ;
  }
}
