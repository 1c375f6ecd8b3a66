package org.hipspa.dicom.result;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.hipspa.HipspaException;

/**
 * Writes a DICOM object as a Part 10 file in Explicit VR Little Endian: first to a temporary name
 * in the target folder, then renamed into place, so the file is there whole or not at all.
 */
public final class AtomicDicomFile {
  private static final String SOURCE_AE = "HIPSPA";

  private AtomicDicomFile() {}

  public static void write(AttributeList list, Path target) throws HipspaException {
    Path folder = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(folder);
      // Patient names and model names may hold any character: declare what the values need (ISO_IR 192 etc.).
      list.insertSuitableSpecificCharacterSetForAllStringValues();
      FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, SOURCE_AE);
      temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
      list.write(temp.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new HipspaException("Could not write " + target.getFileName() + " in " + folder
          + " (" + e.getMessage() + "); choose a folder you can write to with free space.", e);
    } catch (DicomException e) {
      throw new IllegalStateException("PixelMed refused to encode " + target.getFileName(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The temporary file is hidden and named .part; leaving it is harmless.
        }
      }
    }
  }
}
