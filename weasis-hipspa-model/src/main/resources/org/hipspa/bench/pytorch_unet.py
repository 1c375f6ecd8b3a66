"""The paper's U-Net in PyTorch, as HipSpA builds it in DJL: encoder blocks of two 3x3 convolutions with batch
normalization and ReLU, then 2x2 max pooling; decoder blocks of a 2x2 stride-2 transposed convolution, concatenation
with the encoder's map, two 3x3 convolutions; a 1x1 head. One definition for the benchmark's PyTorch reference
(pytorch_unet_bench.py) and the TorchScript test model (src/test/python/make_torchscript_unet.py).
"""
import torch
from torch import nn


def double_conv(cin, cout):
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True),
        nn.Conv2d(cout, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class Up(nn.Module):
    """2x2 stride-2 transposed convolution, concatenation after the skip, double conv."""

    def __init__(self, cin, cout):
        super().__init__()
        self.up = nn.ConvTranspose2d(cin, cout, 2, stride=2)
        self.conv = double_conv(2 * cout, cout)

    def forward(self, x, skip):
        return self.conv(torch.cat([skip, self.up(x)], dim=1))


class UNet(nn.Module):
    def __init__(self, base, depth, outputs=3, in_channels=1):
        """in_channels: 2K+1, the slice and K neighbouring slices on each side (1 = the plain 2-D crop)."""
        super().__init__()
        widths = [base << level for level in range(depth + 1)]
        self.encoders = nn.ModuleList()
        cin = in_channels
        for level in range(depth):
            self.encoders.append(double_conv(cin, widths[level]))
            cin = widths[level]
        self.pool = nn.MaxPool2d(2, 2)
        self.bottleneck = double_conv(widths[depth - 1], widths[depth])
        # Deepest first, the order the decoder runs in.
        self.decoders = nn.ModuleList([Up(widths[l + 1], widths[l]) for l in range(depth - 1, -1, -1)])
        self.head = nn.Conv2d(widths[0], outputs, 1)

    def forward(self, x):
        skips = []
        for encoder in self.encoders:
            x = encoder(x)
            skips.append(x)
            x = self.pool(x)
        x = self.bottleneck(x)
        for i, decoder in enumerate(self.decoders):
            x = decoder(x, skips[len(skips) - 1 - i])
        return self.head(x)
