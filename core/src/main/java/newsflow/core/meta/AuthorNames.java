package newsflow.core.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people a credit line names. Sites put several authors, their titles and their employer into one author field
 * or byline: "Maggie Haberman and Shira Toeplitz", "TOM KRISHER, AP Auto Writer", "Troy L. Smith, Cleveland.com",
 * "Amy Kuperinsky | NJ Advance Media for NJ.com", "Ilana Muhlstein, MS, RDN". A dashboard that counts stories by
 * author needs "Tom Krisher" once, not once per job title.
 *
 * <p>The line is cut at its separators ({@code , | ; · • / ، ؛} and a dash between spaces). The first part is the
 * credit's name and is always kept; a later part is kept as another author only when it reads as a name of at least
 * two words and holds no job title ({@link #ROLE_WORDS}): an employer's domain, a degree, a job title, a date or a
 * place go. A part of two or more names joined by "and" (in the languages newsflow reads most: {@code & and und et y
 * e i och og ve и و اور}) gives each name, when every one of them has two words or more: "Barack and Michelle Obama"
 * and {@code Johnson & Johnson} stay whole. "Smith, John" stays whole too. Pure; thread-safe.
 */
final class AuthorNames {
    /** Words of a job title, lower case: a later part holding one is a title, not another author. */
    static final Set<String> ROLE_WORDS = Set.of("writer", "correspondent", "editor", "editor-at-large", "reporter",
            "contributor", "columnist", "staff", "producer", "analyst", "journalist", "photographer", "critic", "envoyé",
            "envoyée", "envoyés", "envoyées", "envoyé·e", "spécial", "spéciale", "spéciaux", "redakteur", "redakteurin",
            "korrespondent", "korrespondentin", "redactor", "redactora", "corresponsal", "enviado", "enviada", "مراسل",
            "محرر", "نامہ", "خبرنگار");
    /** Lower-case words a name may hold besides capitalized ones: "Ludwig van Beethoven", "Charles de Gaulle". */
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "der", "den", "di", "do", "dos", "das",
            "du", "la", "le", "van", "von", "al", "el", "bin", "ibn", "ben", "zu", "ter", "ten", "y");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,|;·•/،؛]|\\s[-–—]\\s)\\s*");
    private static final Pattern AND = Pattern.compile("(?iu)\\s+(?:&|and|und|et|y|e|i|och|og|ve|и|و|اور)\\s+");
    /** "Analysis by", "Story by", "Text von": a word or two of what the credit is for, before the name. */
    private static final Pattern CREDIT_FOR = Pattern.compile("(?iu)^(?:\\p{L}+\\s+){1,2}(?:by|von|par|por)\\s+");

    private AuthorNames() {
    }

    /**
     * @param credit an author field or byline, "By" already cut off, cleaned (one space between words)
     * @return the names it credits, in order, each trimmed; {@code credit} alone when it names one person or cannot
     *     be read further; empty for a blank credit
     */
    static List<String> of(String credit) {
        String c = credit.trim();
        List<String> out = new ArrayList<>();
        if (c.isEmpty()) {
            return out;
        }
        String[] parts = SEPARATORS.split(c);
        if (parts.length == 2 && words(parts[0]).length == 1 && words(parts[1]).length == 1) {
            out.add(c); // "Smith, John"
            return out;
        }
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) {
                continue;
            }
            if (i == 0) {
                String named = CREDIT_FOR.matcher(part).replaceFirst("");
                part = isName(named) ? named : part;
                List<String> joined = joinedNames(part);
                out.addAll(joined.isEmpty() ? List.of(part) : joined);
            } else if (!holdsRole(part)) {
                List<String> joined = joinedNames(part);
                if (!joined.isEmpty()) {
                    out.addAll(joined);
                } else if (words(part).length >= 2 && isName(part)) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    /** @return the names "A and B" joins, when each is a name of two words or more; else empty */
    private static List<String> joinedNames(String part) {
        String[] names = AND.split(part);
        if (names.length < 2) {
            return List.of();
        }
        for (String n : names) {
            if (words(n).length < 2 || !isName(n)) {
                return List.of();
            }
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(n.trim());
        }
        return out;
    }

    /**
     * @return whether {@code s} reads as a person's or an agency's name: one to six words without digits, each
     *     capitalized ("J.", "O'Brien", "Jean-Luc"), a particle ({@link #PARTICLES}) or in a script without case
     *     (Arabic, Urdu, Persian, Chinese…)
     */
    static boolean isName(String s) {
        String[] words = words(s);
        if (words.length == 0 || words.length > 6) {
            return false;
        }
        boolean letter = false;
        for (String w : words) {
            int first = w.codePointAt(0);
            if (w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                letter = true;
            } else if (Character.isLetter(first) && !Character.isLowerCase(first)) {
                letter = true; // a script without case
            } else if (!PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return letter;
    }

    private static boolean holdsRole(String part) {
        for (String w : words(part)) {
            if (ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String[] words(String s) {
        String t = s.trim();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
