#!/usr/bin/python3
"""PyTorch reference for `hipspa bench`: the same U-Net on the same input size, CPU, same thread count.

Usage: pytorch_unet_bench.py BASE DEPTH BATCH THREADS SERIES_CROPS REPEATS [TRAIN_BASES [IN_CHANNELS]]
IN_CHANNELS (default 1) is the input channels of every crop, 2K+1 for a model with K context slices on each
side; TRAIN_BASES may be empty. Prints one JSON object: the input channels of the network it built, seconds
for a cold first crop (import, build, first run), warm medians per crop (batch 1) and per series
(SERIES_CROPS crops in batches of BATCH), peak RSS, and, for each base width in TRAIN_BASES
(comma-separated), the best time of five training steps (batch 8 of IN_CHANNELS-channel crops: forward,
BCE-with-logits loss, backward, Adam update).
"""
import json
import resource
import statistics
import sys
import time

t_start = time.perf_counter()
import torch  # noqa: E402
from torch import nn  # noqa: E402

from pytorch_unet import UNet  # noqa: E402  (copied beside this script by the benchmark)


def timed(fn, repeats):
    """(median, best) seconds; on a shared machine the best is the cleanest estimate."""
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), min(times)


def main():
    base, depth, batch, threads, series_crops, repeats = (int(a) for a in sys.argv[1:7])
    train_bases = [int(b) for b in sys.argv[7].split(",")] if len(sys.argv) > 7 and sys.argv[7] else []
    in_channels = int(sys.argv[8]) if len(sys.argv) > 8 else 1
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    net = UNet(base, depth, in_channels=in_channels).eval()
    crop = torch.rand(1, in_channels, 160, 128)
    series = torch.rand(series_crops, in_channels, 160, 128)
    with torch.no_grad():
        net(crop)
        cold = time.perf_counter() - t_start

        def one_series():
            for start in range(0, series_crops, batch):
                torch.sigmoid(net(series[start:start + batch]))

        net(crop)
        per_crop = timed(lambda: torch.sigmoid(net(crop)), repeats)
        one_series()
        per_series = timed(one_series, max(3, repeats // 4))
    train = {}
    for tb in train_bases:
        tnet = UNet(tb, depth, in_channels=in_channels).train()
        opt = torch.optim.Adam(tnet.parameters(), lr=1e-3)
        x = torch.rand(8, in_channels, 160, 128)
        y = (torch.rand(8, 3, 160, 128) > 0.5).float()
        loss_fn = nn.BCEWithLogitsLoss()

        def step():
            opt.zero_grad()
            loss = loss_fn(tnet(x), y)
            loss.backward()
            opt.step()

        step()
        train[str(tb)] = timed(step, 5)[1]
    print(json.dumps({
        "torch": torch.__version__, "threads": torch.get_num_threads(),
        "inChannels": net.encoders[0][0].in_channels,
        "coldFirstCropSeconds": cold, "warmCropSeconds": per_crop[0], "bestCropSeconds": per_crop[1],
        "warmSeriesSeconds": per_series[0], "bestSeriesSeconds": per_series[1],
        "trainStepSeconds": train,
        "peakRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
    }))


if __name__ == "__main__":
    main()
