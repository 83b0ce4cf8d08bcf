package io.kehoach.legacy.encoding.internal;

import static io.kehoach.legacy.encoding.internal.VietLetters.A;
import static io.kehoach.legacy.encoding.internal.VietLetters.A_BREVE;
import static io.kehoach.legacy.encoding.internal.VietLetters.A_CIRC;
import static io.kehoach.legacy.encoding.internal.VietLetters.E;
import static io.kehoach.legacy.encoding.internal.VietLetters.E_CIRC;
import static io.kehoach.legacy.encoding.internal.VietLetters.I;
import static io.kehoach.legacy.encoding.internal.VietLetters.NONE;
import static io.kehoach.legacy.encoding.internal.VietLetters.O;
import static io.kehoach.legacy.encoding.internal.VietLetters.O_CIRC;
import static io.kehoach.legacy.encoding.internal.VietLetters.O_HORN;
import static io.kehoach.legacy.encoding.internal.VietLetters.TONES;
import static io.kehoach.legacy.encoding.internal.VietLetters.U;
import static io.kehoach.legacy.encoding.internal.VietLetters.U_HORN;
import static io.kehoach.legacy.encoding.internal.VietLetters.Y;
import static io.kehoach.legacy.encoding.internal.VietLetters.DOT;

/**
 * VNI Windows, the layout of the VNI fonts ({@code VNI-Times} and its family): a vowel is an ASCII
 * letter followed by a mark byte ({@code "Vieät"} for "Việt", {@code "AÙ"} for "Á"), with
 * separate mark bytes for capitals (the lowercase mark minus 0x20); {@code ơ ư đ}, the toned
 * {@code i} and {@code ỵ} are single bytes. Checked against: xvnkb {@code vni.h} (Dao Hai Lam,
 * 2002), duydev/vietnamese-conversion {@code src/charsets.ts} and the OpenKey/UniKey-derived
 * table of NexusKey {@code CodeTableConverter.cpp}: all three agree on every letter.
 *
 * <p>Decoding is lenient where it loses nothing: a mark byte joins the vowel before it whatever
 * the case of either; a mark byte that cannot join (after a consonant, at the start) and every byte
 * that VNI does not use is read as its Windows-1252 character.
 */
public final class VniCodec extends Codec {
  /** Lowercase tone mark bytes by tone (none, grave, acute, hook, tilde, dot). */
  private static final int[] TONE_MARK = {0, 0xF8, 0xF9, 0xFB, 0xF5, 0xEF};
  /** Lowercase circumflex-with-tone mark bytes (â ê ô), by tone. */
  private static final int[] CIRC_MARK = {0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4};
  /** Lowercase breve-with-tone mark bytes (ă), by tone. */
  private static final int[] BREVE_MARK = {0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB};
  /** Lowercase single bytes of toned i, by tone (index 0 unused: plain i is ASCII). */
  private static final int[] I_TONED = {0, 0xEC, 0xED, 0xE6, 0xF3, 0xF2};
  private static final int O_HORN_BYTE = 0xF4;
  private static final int U_HORN_BYTE = 0xF6;
  private static final int D_STROKE_BYTE = 0xF1;
  private static final int Y_DOT_BYTE = 0xEE;
  /** Capitals use the lowercase byte minus this. */
  private static final int UPPER_OFFSET = 0x20;

  private static final int KIND_TONE = 1, KIND_CIRC = 2, KIND_BREVE = 3;
  /** For each byte: kind * 8 + tone, for the mark bytes (both cases); 0 otherwise. */
  private static final int[] MARK = new int[256];
  /** For each byte: the letter it stands for alone, or 0. */
  private static final char[] SINGLE = new char[256];

  static {
    for (int t = 0; t < TONES; t++) {
      if (t != NONE) {
        setMark(TONE_MARK[t], KIND_TONE * 8 + t);
      }
      setMark(CIRC_MARK[t], KIND_CIRC * 8 + t);
      setMark(BREVE_MARK[t], KIND_BREVE * 8 + t);
      if (t != NONE) {
        setSingle(I_TONED[t], I, t);
      }
    }
    setSingle(O_HORN_BYTE, O_HORN, NONE);
    setSingle(U_HORN_BYTE, U_HORN, NONE);
    setSingle(Y_DOT_BYTE, Y, DOT);
    SINGLE[D_STROKE_BYTE] = 'đ';
    SINGLE[D_STROKE_BYTE - UPPER_OFFSET] = 'Đ';
  }

  private static void setMark(int lower, int value) {
    MARK[lower] = value;
    MARK[lower - UPPER_OFFSET] = value;
  }

  private static void setSingle(int lower, int base, int tone) {
    SINGLE[lower] = VietLetters.letter(base, tone, false);
    SINGLE[lower - UPPER_OFFSET] = VietLetters.letter(base, tone, true);
  }

  /** Creates the codec (its encoding table). */
  public VniCodec() {
    for (int base = 0; base < VietLetters.BASES.length(); base++) {
      for (int tone = 0; tone < TONES; tone++) {
        for (boolean upper : new boolean[] {false, true}) {
          encodeAs(VietLetters.letter(base, tone, upper), bytes(base, tone, upper));
        }
      }
    }
    encodeAs('đ', (byte) D_STROKE_BYTE);
    encodeAs('Đ', (byte) (D_STROKE_BYTE - UPPER_OFFSET));
    for (int i = 0; i < 128; i++) {
      encodeAs((char) i, (byte) i);
    }
    for (int i = 128; i < 256; i++) {
      char c = Cp1252.toChar(i);
      if (MARK[i] == 0 && SINGLE[i] == 0 && !VietLetters.isVietnameseLetter(c)) {
        encodeAs(c, (byte) i);
      }
    }
  }

  private static byte[] bytes(int base, int tone, boolean upper) {
    int off = upper ? UPPER_OFFSET : 0;
    if (base == O_HORN || base == U_HORN) {
      int single = (base == O_HORN ? O_HORN_BYTE : U_HORN_BYTE) - off;
      return tone == NONE ? new byte[] {(byte) single}
          : new byte[] {(byte) single, (byte) (TONE_MARK[tone] - off)};
    }
    char ascii = upper ? Character.toUpperCase(asciiBase(base)) : asciiBase(base);
    switch (base) {
      case A_CIRC:
      case E_CIRC:
      case O_CIRC:
        return new byte[] {(byte) ascii, (byte) (CIRC_MARK[tone] - off)};
      case A_BREVE:
        return new byte[] {(byte) ascii, (byte) (BREVE_MARK[tone] - off)};
      case I:
        return tone == NONE ? new byte[] {(byte) ascii} : new byte[] {(byte) (I_TONED[tone] - off)};
      case Y:
        if (tone == DOT) {
          return new byte[] {(byte) (Y_DOT_BYTE - off)};
        }
        return tone == NONE ? new byte[] {(byte) ascii} : new byte[] {(byte) ascii, (byte) (TONE_MARK[tone] - off)};
      default:
        return tone == NONE ? new byte[] {(byte) ascii} : new byte[] {(byte) ascii, (byte) (TONE_MARK[tone] - off)};
    }
  }

  private static char asciiBase(int base) {
    switch (base) {
      case A:
      case A_BREVE:
      case A_CIRC:
        return 'a';
      case E:
      case E_CIRC:
        return 'e';
      case O:
      case O_CIRC:
        return 'o';
      case I:
        return 'i';
      case U:
        return 'u';
      case Y:
        return 'y';
      default:
        throw new IllegalArgumentException("no ASCII base: " + base);
    }
  }

  @Override
  public String decode(Units units) {
    int n = units.length();
    StringBuilder b = new StringBuilder(n);
    // Whether the last appended char is a vowel that may still take a mark.
    boolean open = false;
    for (int i = 0; i < n; i++) {
      int u = units.at(i);
      if (u >= Units.LITERAL) {
        b.append((char) (u - Units.LITERAL));
        open = false;
        continue;
      }
      int mark = MARK[u];
      if (mark != 0 && open) {
        int last = b.length() - 1;
        char joined = join(b.charAt(last), mark >> 3, mark & 7);
        if (joined != 0) {
          b.setCharAt(last, joined);
          open = VietLetters.tone(joined) == NONE;
          continue;
        }
      }
      char single = SINGLE[u];
      if (single != 0) {
        b.append(single);
        open = VietLetters.isVowel(single) && VietLetters.tone(single) == NONE;
      } else {
        char c = u < 128 ? (char) u : Cp1252.toChar(u);
        b.append(c);
        open = u < 128 && VietLetters.isVowel(c);
      }
    }
    return nfc(b);
  }

  /** The vowel {@code v} with the mark of {@code kind} and {@code tone}, or 0 when they do not join. */
  private static char join(char v, int kind, int tone) {
    if (!VietLetters.isVowel(v) || VietLetters.tone(v) != NONE) {
      return 0;
    }
    int base = VietLetters.base(v);
    boolean upper = VietLetters.isUpper(v);
    switch (kind) {
      case KIND_TONE:
        return VietLetters.letter(base, tone, upper);
      case KIND_CIRC:
        if (base == A || base == E || base == O) {
          return VietLetters.letter(base == A ? A_CIRC : base == E ? E_CIRC : O_CIRC, tone, upper);
        }
        return 0;
      case KIND_BREVE:
        return base == A ? VietLetters.letter(A_BREVE, tone, upper) : 0;
      default:
        return 0;
    }
  }
}
