package org.hipspa.dicom.result;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.CodedSequenceItem;
import com.pixelmed.dicom.DateAttribute;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.PersonNameAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.ShortStringAttribute;
import com.pixelmed.dicom.ShortTextAttribute;
import com.pixelmed.dicom.TimeAttribute;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import com.pixelmed.dicom.UnsignedLongAttribute;
import com.pixelmed.dicom.UnsignedShortAttribute;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.Function;

/**
 * Puts typed values into a PixelMed {@link AttributeList}. The value representation comes from the
 * method, not from PixelMed's dictionary, which lacks some newer SEG attributes. An empty or null
 * string gives a zero-length (type 2) attribute.
 */
public final class Attributes {
  private Attributes() {}

  public static AttributeTag tag(int group, int element) {
    return new AttributeTag(group, element);
  }

  public static void cs(AttributeList list, AttributeTag tag, String... values) {
    strings(list, tag, CodeStringAttribute::new, values);
  }

  public static void lo(AttributeList list, AttributeTag tag, String value) {
    strings(list, tag, LongStringAttribute::new, value);
  }

  public static void sh(AttributeList list, AttributeTag tag, String value) {
    strings(list, tag, ShortStringAttribute::new, value);
  }

  public static void st(AttributeList list, AttributeTag tag, String value) {
    strings(list, tag, ShortTextAttribute::new, value);
  }

  public static void pn(AttributeList list, AttributeTag tag, String value) {
    strings(list, tag, PersonNameAttribute::new, value);
  }

  public static void da(AttributeList list, AttributeTag tag, String value) {
    strings(list, tag, DateAttribute::new, value);
  }

  public static void tm(AttributeList list, AttributeTag tag, String value) {
    strings(list, tag, TimeAttribute::new, value);
  }

  public static void ui(AttributeList list, AttributeTag tag, String value) {
    strings(list, tag, UniqueIdentifierAttribute::new, value);
  }

  public static void is(AttributeList list, AttributeTag tag, long value) {
    strings(list, tag, IntegerStringAttribute::new, Long.toString(value));
  }

  public static void ds(AttributeList list, AttributeTag tag, double... values) {
    String[] text = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      text[i] = decimalString(values[i]);
    }
    strings(list, tag, DecimalStringAttribute::new, text);
  }

  public static void us(AttributeList list, AttributeTag tag, int... values) {
    Attribute a = new UnsignedShortAttribute(tag);
    try {
      for (int v : values) {
        a.addValue(v);
      }
    } catch (DicomException e) {
      throw new IllegalStateException(e);
    }
    list.put(a);
  }

  public static void ul(AttributeList list, AttributeTag tag, long... values) {
    Attribute a = new UnsignedLongAttribute(tag);
    try {
      for (long v : values) {
        a.addValue(v);
      }
    } catch (DicomException e) {
      throw new IllegalStateException(e);
    }
    list.put(a);
  }

  /** An AT attribute holding the given tags. */
  public static void at(AttributeList list, AttributeTag tag, AttributeTag... values) {
    AttributeTagAttribute a = new AttributeTagAttribute(tag);
    try {
      for (AttributeTag v : values) {
        a.addValue(v);
      }
    } catch (DicomException e) {
      throw new IllegalStateException(e);
    }
    list.put(a);
  }

  /** A sequence with one item holding the code. */
  public static void code(AttributeList list, AttributeTag tag, Code code) {
    list.put(CodedSequenceItem.newCodedSequenceAttribute(tag, code.toItem()));
  }

  /** A sequence with the given items (none gives an empty type 2 sequence). */
  public static SequenceAttribute sequence(AttributeList list, AttributeTag tag, AttributeList... items) {
    SequenceAttribute s = new SequenceAttribute(tag);
    for (AttributeList item : items) {
      s.addItem(item);
    }
    list.put(s);
    return s;
  }

  /**
   * A DS value of at most 16 characters: 12 significant digits, trailing zeros dropped; positions in
   * mm keep micrometre precision, far finer than any MR voxel.
   */
  public static String decimalString(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("DS cannot hold " + value);
    }
    for (int digits = 12; digits >= 1; digits--) {
      BigDecimal d = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros();
      String plain = d.toPlainString();
      if (plain.length() <= 16) {
        return plain;
      }
      String scientific = d.toString();
      if (scientific.length() <= 16) {
        return scientific;
      }
    }
    throw new IllegalArgumentException("DS cannot hold " + value);
  }

  private static void strings(
      AttributeList list, AttributeTag tag, Function<AttributeTag, Attribute> factory, String... values) {
    Attribute a = factory.apply(tag);
    try {
      for (String v : values) {
        if (v != null && !v.isEmpty()) {
          a.addValue(v);
        }
      }
    } catch (DicomException e) {
      throw new IllegalStateException(e);
    }
    list.put(a);
  }
}
