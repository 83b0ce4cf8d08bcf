package io.kehoach.plan;

import io.kehoach.MalformedInputException;
import io.kehoach.plan.internal.Problems;
import io.kehoach.plan.internal.Text;
import java.time.LocalDate;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The place and date line of a document (địa danh, ngày tháng năm ban hành), such as
 * {@code Bình Phước, ngày 16 tháng 02 năm 2017}.
 *
 * <p>{@link #parse(CharSequence)} accepts the line broken across lines and with any zero padding;
 * {@link #toString()} prints it with the leading-zero rule of Decree 30/2020/NĐ-CP (see
 * {@link VietnameseDates#format}). Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class PlaceAndDate {
  PlaceAndDate() {}

  /** The place name, such as {@code "Bình Phước"} or {@code "Hà Nội"}. */
  @Value.Parameter
  public abstract String getPlace();

  /** The date of issue. */
  @Value.Parameter
  public abstract LocalDate getDate();

  @Value.Check
  PlaceAndDate normalize() {
    return Text.isNfc(getPlace()) ? this : ImmutablePlaceAndDate.of(Text.nfc(getPlace()), getDate());
  }

  /**
   * A place and a date.
   *
   * @param place the place name, not null
   * @param date the date, not null
   */
  public static PlaceAndDate of(String place, LocalDate date) {
    return ImmutablePlaceAndDate.of(place, date);
  }

  /**
   * Reads a place and date line: {@code Bình Phước, ngày 16 tháng 02 năm 2017}.
   *
   * @param text the line (line breaks inside are fine), not null
   * @throws MalformedInputException if there is no place before {@code ngày}, or no valid date
   */
  public static PlaceAndDate parse(CharSequence text) {
    String s = Text.collapseSpaces(Text.nfc(text.toString()));
    int at = s.toLowerCase(Locale.ROOT).indexOf("ngày");
    if (at < 0) {
      throw Problems.malformed("dòng địa danh, ngày tháng", "place and date line", text,
          "thiếu chữ 'ngày'", "no 'ngày' before the date", 0);
    }
    String place = s.substring(0, at).strip();
    if (place.endsWith(",")) {
      place = place.substring(0, place.length() - 1).strip();
    }
    if (place.isEmpty()) {
      throw Problems.malformed("dòng địa danh, ngày tháng", "place and date line", text,
          "thiếu địa danh trước ngày tháng", "no place before the date", 1);
    }
    return of(place, VietnameseDates.parse(s.substring(at)));
  }

  /** The line as an official document prints it: {@code Bình Phước, ngày 16 tháng 02 năm 2017}. */
  @Override
  public String toString() {
    return getPlace() + ", " + VietnameseDates.format(getDate());
  }
}
