package org.hipspa.files;

import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The permissions an ordinary new file or folder gets (everything for all, less the umask), for temporary files and
 * folders that become results. Without them they keep the owner-only 0600/0700 of {@code Files.createTemp*}, and the
 * finished result is hidden from the colleagues and services its folder is shared with.
 */
final class OrdinaryPermissions {
  private OrdinaryPermissions() {}

  static FileAttribute<?>[] ofNewFile(Path folder) {
    return posix(folder, "rw-rw-rw-");
  }

  static FileAttribute<?>[] ofNewFolder(Path parent) {
    return posix(parent, "rwxrwxrwx");
  }

  private static FileAttribute<?>[] posix(Path where, String permissions) {
    if (!where.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    // The operating system takes the umask off these, exactly as for any file it creates.
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
  }
}
