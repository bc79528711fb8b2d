package dev.switchboard.router.language;

import java.util.List;
import java.util.Set;

/**
 * Hindi typed in Latin letters ("mera order abhi tak nahi aaya"). N-gram detectors trained on English, Spanish...
 * see only Latin letters and call it English. Its grammar words are few and frequent, so a lexicon of them against
 * a lexicon of English grammar words decides it. Words that are also English, Spanish, French, German or
 * Portuguese words (me, main, to, par, se, de, na, mein, ab, bas, do, ho, bar, lag, pata, bola) are left out
 * on purpose.
 */
final class RomanizedHindi {

    private static final Set<String> HINDI = Set.copyOf(List.of(
            "mera", "meri", "mere", "mujhe", "mujhko", "muje", "hume", "humko", "hamara", "hamari", "humara", "aap",
            "aapka", "aapki", "aapke", "apka", "apki", "apke", "ap", "tum", "tumhara", "kya", "kyu", "kyun", "kyon",
            "kab", "kaise", "kaisa", "kahan", "kaha", "kitna", "kitne", "kitni", "kaun", "nahi", "nahin", "nhi", "nai",
            "hai", "hain", "hei", "tha", "thi", "hoga", "hogi", "raha", "rahi", "rahe", "gaya", "gayi", "gaye",
            "gya", "aaya", "aayi", "aaye", "aya", "ayi", "aayega", "ayega", "aayegi", "abhi", "tak", "bhi", "aur",
            "lekin", "kal", "aaj", "jaldi", "paisa", "paise", "wapas", "vapas", "wapis", "bhai", "bhaiya", "yaar",
            "ji", "accha", "acha", "achha", "theek", "thik", "haan", "bahut", "bohot", "bhut", "kuch", "koi", "sab",
            "karo", "kariye", "karna", "karke", "kar", "kr", "krdo", "kardo", "kiya", "kiye", "diya", "diye", "dena",
            "dedo", "milega", "milegi", "mila", "mili", "chahiye", "chahie", "hua", "hui", "hue", "matlab",
            "batao", "bataiye", "bolo", "wala", "wali", "wale", "ka", "ke", "ki", "ko", "liye",
            "dijiye", "kijiye", "hoon", "hun", "yeh", "ye", "woh", "wo", "isko", "usko", "iska", "uska", "mai",
            "kyunki", "phir", "fir", "sirf", "ek", "dekho", "bata", "bhej", "bhejo", "bheja", "raha",
            "sakta", "sakte", "sakti", "gaya", "abhitak", "agar", "lagta", "kaafi", "samay",
            "baar", "dobara", "galat", "sahi", "pehle", "baad", "mujhse", "unka", "unko", "karu",
            "karun", "kare", "karein", "pe", "laga", "lagi", "lage", "mangaya", "mangwaya", "nikla", "nikli", "jata",
            "jati", "jate", "hota", "hoti", "hote", "baat", "kaam", "ghar", "shukriya", "dhanyavad", "kharab", "toota",
            "tuta", "saman", "samaan", "naya", "nayi", "zyada", "jyada", "lagenge", "chalega", "hafte", "hafta",
            "mahina", "kyunki", "bhejna", "bhejdo", "aapko", "humein"));

    private static final Set<String> ENGLISH = Set.of(
            "i", "my", "me", "the", "a", "an", "is", "are", "was", "were", "not", "yet", "please", "and", "to", "of",
            "for", "it", "you", "your", "have", "has", "this", "that", "what", "when", "where", "why", "how", "can",
            "with", "we", "our", "still", "did", "does", "do", "been", "will", "would", "could", "there", "on", "in",
            "at", "be", "no", "but", "if", "from", "about", "any", "just", "hi", "hello", "thanks", "thank");

    private RomanizedHindi() {
    }

    /** The probability the Latin-script words are Hindi: 0 when they are not, up to 0.95. */
    static double probability(List<String> words) {
        int hindi = 0;
        int english = 0;
        for (String word : words) {
            if (HINDI.contains(word)) {
                hindi++;
            } else if (ENGLISH.contains(word)) {
                english++;
            }
        }
        boolean hindiSentence = hindi >= 2 && 2 * hindi >= english;
        boolean shortHindi = hindi == 1 && english == 0 && words.size() <= 2;
        if (!hindiSentence && !shortHindi) {
            return 0;
        }
        return Math.min(0.95, 0.5 + 0.1 * hindi - 0.05 * english);
    }
}
