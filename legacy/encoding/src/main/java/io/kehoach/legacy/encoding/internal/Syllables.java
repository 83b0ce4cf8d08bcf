package io.kehoach.legacy.encoding.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * A small grammar of the written Vietnamese syllable: onset + rhyme, at most one tone mark, placed
 * on a vowel of the rhyme that can carry it, and the stop-final rule (a rhyme ending in
 * {@code p t c ch} takes only sắc or nặng). Both tone placements in use ({@code hoà}/{@code hòa},
 * {@code thuỷ}/{@code thủy}) are accepted. Used to score candidate decodings: it need not be a
 * dictionary, only reject what a wrong charset produces. Stateless and thread-safe.
 */
public final class Syllables {
  private static final String[] ONSETS = {
      "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
      "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"};

  /** Rhymes without tone. */
  private static final String RHYMES = String.join(" ",
      "a ai ao au ay âu ây e eo ê êu i ia iu o oi ô ôi ơ ơi u ua ui uôi ư ưa ưi ưu ươi ươu y iêu yêu",
      "oa oai oay oao oe oeo uê uy uya uyu uơ uây",
      "am an ang anh ap at ac ach ăm ăn ăng ăp ăt ăc âm ân âng âp ât âc",
      "em en eng ep et ec êm ên ênh êp êt êch im in inh ip it ich",
      "om on ong op ot oc ôm ôn ông ôp ôt ôc ơm ơn ơp ơt",
      "um un ung up ut uc ưm ưn ưng ưt ưc",
      "iêm iên iêng iêp iêt iêc yêm yên yêng yêt uôm uôn uông uôt uôc ươm ươn ương ươp ươt ươc",
      "oam oan oang oanh oap oat oac oach oăm oăn oăng oăt oăc oen oet",
      "uân uâng uât uênh uêch uyn uynh uyt uych uyp uyên uyêt oong ooc");

  private static final Set<String> RHYME_SET = new HashSet<>();
  /** Rhymes whose last letter is a semivowel final: the tone never sits on it. */
  private static final Set<String> SEMIVOWEL_FINAL = new HashSet<>();

  static {
    for (String r : RHYMES.split(" ")) {
      RHYME_SET.add(r);
    }
    for (String r : ("ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu uôi ươi ươu iêu yêu oai oay oao oeo uây uyu"
        + " ia ua ưa").split(" ")) {
      SEMIVOWEL_FINAL.add(r);
    }
  }

  private Syllables() {}

  /**
   * Whether {@code word} (letters only, any case, NFC) is a well-formed Vietnamese syllable.
   */
  public static boolean isSyllable(CharSequence word) {
    int n = word.length();
    if (n == 0 || n > 8) {
      return false;
    }
    char[] bare = new char[n];
    int toneAt = -1;
    int tone = 0;
    for (int i = 0; i < n; i++) {
      char c = Character.toLowerCase(word.charAt(i));
      if (VietLetters.isVowel(c)) {
        int t = VietLetters.tone(c);
        if (t != 0) {
          if (toneAt >= 0) {
            return false;
          }
          toneAt = i;
          tone = t;
        }
        c = VietLetters.letter(VietLetters.base(c), 0, false);
      } else if (!(c >= 'a' && c <= 'z' || c == 'đ')) {
        return false;
      }
      bare[i] = c;
    }
    String s = new String(bare);
    for (String onset : ONSETS) {
      if (!s.startsWith(onset) || toneAt >= 0 && toneAt < onset.length()) {
        continue;
      }
      if (rhymeOk(onset, s.substring(onset.length()), toneAt < 0 ? -1 : toneAt - onset.length(), tone)) {
        return true;
      }
    }
    return false;
  }

  private static boolean rhymeOk(String onset, String rhyme, int toneAt, int tone) {
    if (!RHYME_SET.contains(rhyme)) {
      return false;
    }
    char first = rhyme.charAt(0);
    boolean front = first == 'e' || first == 'ê' || first == 'i' || first == 'y';
    switch (onset) {
      case "c":
      case "g":
      case "ng":
        // c, g, ng are written k, gh, ngh before e ê i (gì, gìn: g + i are accepted).
        if (front && !(onset.equals("g") && first == 'i')) {
          return false;
        }
        break;
      case "k":
      case "gh":
      case "ngh":
        if (!front) {
          return false;
        }
        break;
      case "qu":
        if (first == 'u' || first == 'o') {
          return false;
        }
        break;
      case "gi":
        if (first == 'i') {
          return false;
        }
        break;
      default:
        break;
    }
    if (toneAt < 0) {
      // A syllable without a tone mark is ngang; the stop finals do not allow it.
      return !endsInStop(rhyme);
    }
    if (toneAt >= rhyme.length()) {
      return false;
    }
    if (endsInStop(rhyme) && tone != VietLetters.ACUTE && tone != VietLetters.DOT) {
      return false;
    }
    if (SEMIVOWEL_FINAL.contains(rhyme) && toneAt == rhyme.length() - 1) {
      return false;
    }
    // The diphthongs iê/yê/uô/ươ carry the tone on their second vowel when a final follows.
    for (int k = 1; k < rhyme.length(); k++) {
      char a = rhyme.charAt(k - 1);
      char b = rhyme.charAt(k);
      boolean diphthong = b == 'ê' && (a == 'i' || a == 'y') || b == 'ô' && a == 'u' || b == 'ơ' && a == 'ư';
      if (diphthong && k + 1 < rhyme.length() && !SEMIVOWEL_FINAL.contains(rhyme)) {
        return toneAt == k;
      }
    }
    return VietLetters.isVowel(rhyme.charAt(toneAt));
  }

  private static boolean endsInStop(String rhyme) {
    char last = rhyme.charAt(rhyme.length() - 1);
    return last == 'p' || last == 't' || last == 'c' || rhyme.endsWith("ch");
  }
}
