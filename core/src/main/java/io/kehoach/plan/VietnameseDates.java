package io.kehoach.plan;

import io.kehoach.MalformedInputException;
import io.kehoach.plan.internal.Problems;
import io.kehoach.plan.internal.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Vietnamese documents write them: {@code ngày 16 tháng 02 năm 2017} in the official date
 * line, {@code 16/02/2017} in running text and tables.
 *
 * <p>Decree 30/2020/NĐ-CP writes days below 10 and the months January and February with a leading
 * zero, and months 3 to 12 without ({@code ngày 05 tháng 3 năm 2021}); {@link #format} follows that
 * rule and {@link #parse} accepts any zero padding. Thread-safe.
 *
 * @since 0.1
 */
public final class VietnameseDates {
  private static final Pattern WORDED = Pattern.compile(
      "(?iu)(?:ngày\\s*)?(\\d{1,2})\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*(\\d{4})");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})");

  private VietnameseDates() {}

  /**
   * The date as in the official date line: {@code ngày 16 tháng 02 năm 2017},
   * {@code ngày 05 tháng 3 năm 2021}.
   *
   * @param date the date, not null
   */
  public static String format(LocalDate date) {
    int d = date.getDayOfMonth();
    int m = date.getMonthValue();
    return "ngày " + (d < 10 ? "0" : "") + d + " tháng " + (m < 3 ? "0" : "") + m + " năm " + date.getYear();
  }

  /**
   * The date as written in tables and running text, {@code dd/MM/yyyy}: {@code 16/02/2017}.
   *
   * @param date the date, not null
   */
  public static String formatNumeric(LocalDate date) {
    int d = date.getDayOfMonth();
    int m = date.getMonthValue();
    return (d < 10 ? "0" : "") + d + "/" + (m < 10 ? "0" : "") + m + "/" + date.getYear();
  }

  /**
   * Reads a date in the worded form ({@code ngày 16 tháng 02 năm 2017}, any case, any spacing and
   * line breaks, {@code ngày} optional) or the numeric form ({@code 16/02/2017},
   * {@code 16-02-2017}, {@code 16.02.2017}).
   *
   * @param text the text, which holds nothing but the date; not null
   * @return the date
   * @throws MalformedInputException if the text is not a date, or names a day that does not exist
   *     ({@code ngày 30 tháng 02 năm 2017})
   */
  public static LocalDate parse(CharSequence text) {
    String s = Text.foldDashes(Text.nfc(text.toString())).strip();
    Matcher m = WORDED.matcher(s);
    if (!m.matches()) {
      m = NUMERIC.matcher(s);
      if (!m.matches()) {
        throw Problems.malformed("ngày tháng", "date", text,
            "không đúng dạng 'ngày 16 tháng 02 năm 2017' hoặc '16/02/2017'",
            "not of the form 'ngày 16 tháng 02 năm 2017' or '16/02/2017'", 0);
      }
      return date(text, m.group(4), m.group(3), m.group(1));
    }
    return date(text, m.group(3), m.group(2), m.group(1));
  }

  static LocalDate date(CharSequence input, String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw Problems.malformed("ngày tháng", "date", input,
          "không có ngày " + day + " tháng " + month + " năm " + year,
          "there is no day " + day + " in month " + month + " of " + year, 0);
    }
  }
}
