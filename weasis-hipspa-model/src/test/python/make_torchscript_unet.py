#!/usr/bin/python3
"""Makes the small TorchScript U-Net that proves HipSpA can run a hospital's own PyTorch weights.

Run with Debian's PyTorch (python3-torch 1.13.1), from the module folder:
    /usr/bin/python3 src/test/python/make_torchscript_unet.py src/test/resources/org/hipspa/net/torchscript-unet

Writes into that folder:
  unet.pt        the scripted U-Net (base width 4, depth 2, the paper's blocks with a real
                 ConvTranspose2d), in eval mode, with non-trivial batch-norm running statistics
  input.f32      a fixed input, 1 x 1 x 160 x 128 float32 little-endian
  output.f32     PyTorch's logits for it, 1 x 3 x 160 x 128 float32 little-endian
  manifest.json  HipSpA's model manifest pointing at unet.pt, with its size and SHA-256
The files are committed, so the Java test needs no PyTorch; run this again only to change them.
"""
import hashlib
import json
import os
import sys

import torch

# The one PyTorch definition of the U-Net, shared with the benchmark's reference.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "main", "resources", "org",
                                "hipspa", "bench"))
from pytorch_unet import UNet  # noqa: E402


def main(out_dir):
    torch.manual_seed(20240601)
    torch.set_num_threads(1)
    os.makedirs(out_dir, exist_ok=True)
    net = UNet(base=4, depth=2)
    # A few training-mode passes give the batch norms running statistics that differ from 0 and 1,
    # so the test also proves DJL runs the scripted model in inference mode.
    net.train()
    with torch.no_grad():
        for _ in range(3):
            net(torch.rand(4, 1, 160, 128) * 2.0)
    net.eval()
    scripted = torch.jit.script(net)
    pt = os.path.join(out_dir, "unet.pt")
    scripted.save(pt)

    rows = torch.arange(160, dtype=torch.float32).view(160, 1)
    cols = torch.arange(128, dtype=torch.float32).view(1, 128)
    x = (torch.sin(rows / 7.0) * torch.cos(cols / 5.0) + 1.0 + 0.1 * torch.randn(160, 128)).view(1, 1, 160, 128)
    with torch.no_grad():
        y = scripted(x)
    x.numpy().astype("<f4").tofile(os.path.join(out_dir, "input.f32"))
    y.numpy().astype("<f4").tofile(os.path.join(out_dir, "output.f32"))

    data = open(pt, "rb").read()
    manifest = {
        "formatVersion": 1,
        "name": "torchscript-unet-test",
        "version": "0.0.1",
        "architecture": {"type": "unet", "baseWidth": 4, "depth": 2, "upsampling": "conv-transpose-2x2"},
        "input": {"channels": 1, "height": 160, "width": 128, "pixelSpacingMm": 0.78125,
                  "normalisation": {"method": "series-percentile-scale", "percentile": 99.0, "clipMin": 0.0, "clipMax": 4.0}},
        "outputs": [{"structure": s, "threshold": 0.5} for s in ("femoral-head", "bme", "effusion")],
        "weights": {"file": "unet.pt", "format": "torchscript", "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)},
        "training": {"data": "none: random weights made by make_torchscript_unet.py with torch " + torch.__version__,
                     "cohortPatients": 0, "cohortCrops": 0, "seed": 20240601,
                     "command": "/usr/bin/python3 src/test/python/make_torchscript_unet.py " + out_dir, "settings": {}},
        "crossValidation": {"folds": 0, "perFold": [], "mean": {}},
    }
    with open(os.path.join(out_dir, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print("wrote", out_dir, "unet.pt", len(data), "bytes; output mean", float(y.mean()))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
