/**
 * DICOM input: finds the DICOM images under files and folders, groups them into series from their
 * headers, and decodes one chosen series into an {@link org.hipspa.image.MrSeries} through
 * {@link org.hipspa.image.SeriesAssembler}. Start at {@link org.hipspa.dicom.DicomSeriesReader}.
 *
 * <p>Accepted: classic single-frame and enhanced multi-frame images (one slice per frame, placed
 * by the per-frame or shared PlanePosition, PlaneOrientation and PixelMeasures functional groups);
 * implicit and explicit VR little endian, explicit VR big endian, deflated, RLE, JPEG baseline,
 * extended and lossless, JPEG 2000 (PixelMed with the TwelveMonkeys and jai-imageio ImageIO
 * readers, which ImageIO finds on the class path by itself); 8- and 16-bit greyscale pixels,
 * signed or unsigned, any BitsStored, with RescaleSlope and RescaleIntercept applied (1 and 0 when
 * absent). Refused with one sentence: a missing path, input without DICOM images (the skipped
 * files counted), truncated pixel data, undecodable transfer syntaxes such as JPEG-LS (named with
 * their UID), colour images, images without ImageOrientationPatient, ImagePositionPatient or
 * PixelSpacing, several series without a choice, and what SeriesAssembler refuses (mixed
 * orientations, sizes or spacings; two slices at one position). Skipped and counted: files that
 * are not DICOM, DICOM objects without pixel data, unreadable files, second copies of an image.
 * Files are opened for reading only.
 */
package org.hipspa.dicom;
