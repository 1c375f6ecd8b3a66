package org.hipspa.dicom.result;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hipspa.HipspaException;
import org.hipspa.files.WholeFile;

/**
 * Writes a DICOM object as a Part 10 file in Explicit VR Little Endian, whole or not at all
 * ({@link WholeFile}).
 */
public final class AtomicDicomFile {
  private static final String SOURCE_AE = "HIPSPA";

  private AtomicDicomFile() {}

  public static void write(AttributeList list, Path target) throws HipspaException {
    Path folder = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(folder);
      // Patient names and model names may hold any character: declare what the values need (ISO_IR 192 etc.).
      list.insertSuitableSpecificCharacterSetForAllStringValues();
      FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, SOURCE_AE);
      WholeFile.write(target, temporary -> {
        try {
          list.write(temporary.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        } catch (DicomException e) {
          throw refused(target, e);
        }
      });
    } catch (IOException e) {
      throw new HipspaException("Could not write " + target.getFileName() + " in " + folder
          + " (" + e.getMessage() + "); choose a folder you can write to with free space.", e);
    } catch (DicomException e) {
      throw refused(target, e);
    }
  }

  /** PixelMed refusing our own attributes is a bug here, not a problem with the user's folder. */
  private static IllegalStateException refused(Path target, DicomException e) {
    return new IllegalStateException("PixelMed refused to encode " + target.getFileName(), e);
  }
}
