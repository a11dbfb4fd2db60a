package newsflow.core.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people a credit line names. Sites put several authors, their titles, their employer, a place or a date into one
 * author field or byline: "Maggie Haberman and Shira Toeplitz", "TOM KRISHER, AP Auto Writer", "Troy L. Smith,
 * Cleveland.com", "John Smith, New York", "Amy Kuperinsky | NJ Advance Media for NJ.com", "Ilana Muhlstein, MS, RDN". A
 * dashboard that counts stories by author needs "Tom Krisher" once, not once per job title, and never "New York".
 *
 * <p>The line is cut at its separators ({@code , | ; / • ، ؛}, and a middle dot or a dash between spaces). Names come
 * from the first part; what follows a name is taken for its title, employer, place or date and dropped, unless the
 * parts make a list joined by "and" ("Jane Doe, John Roe, and Ann Lee"; "and" in the languages newsflow reads most:
 * {@code & and und et och og ve и و اور}; not Spanish "y", Portuguese "e" or Catalan "i", which also join one person's
 * surnames: "Juan Pérez y Sánchez Gómez"), whose parts that hold a job title ({@link #ROLE_WORDS}) are passed over.
 * A part "and" joins is split into its names when each has two words or more: "Barack and Michelle Obama" and
 * {@code Johnson & Johnson} stay whole. Persons a semicolon separates are each read ("John Smith; Jane Doe"). Kept
 * whole too: a name written last name first after a one-word surname ("Smith, John", "Smith, J."; "Smith, John; Doe,
 * Jane" gives two), and a suffix stays with its name ("Martin Luther King, Jr."). When in doubt a co-author after a
 * comma is lost ("Jane Doe, John Roe" gives Jane Doe), and so is the given name after a two-word surname ("García
 * Márquez, Gabriel" gives García Márquez): a lost name is less harm than a place, an employer or a job title counted
 * as an author on every story of a site. Pure; thread-safe; a credit without letters names nobody.
 */
final class AuthorNames {
    /** Words of a job title, lower case: a part holding one in a list of names is passed over. */
    static final Set<String> ROLE_WORDS = Set.of("writer", "writers", "correspondent", "correspondents", "editor", "editors",
            "editor-at-large", "reporter", "reporters", "contributor", "columnist", "staff", "producer", "analyst", "journalist",
            "photographer", "critic", "envoyé", "envoyée", "envoyés", "envoyées", "spécial", "spéciale", "spéciaux",
            "redakteur", "redakteurin", "korrespondent", "korrespondentin", "redactor", "redactora", "corresponsal", "enviado",
            "enviada", "مراسل", "مراسلة", "محرر", "نامہ", "خبرنگار");
    /** Lower-case words (or word starts, before a hyphen or an apostrophe) a name may hold: "Ludwig van Beethoven", "el-Sayed". */
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "der", "den", "di", "do", "dos", "das",
            "du", "d", "la", "le", "los", "las", "l", "van", "von", "al", "el", "bin", "ibn", "ben", "zu", "ter", "ten", "y");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,|;/•،؛]|\\s[·\\-–—]+\\s)\\s*");
    /** Separators and quotes at either end of a credit: "Jane Doe --", "Doe, Jane -". */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\\-–—'’|,;:•·/]+|[\\s\\-–—'’|,;:•·/]+$");
    private static final Pattern AND = Pattern.compile("(?iu)\\s+(?:&|and|und|et|och|og|ve|и|و|اور)\\s+");
    private static final Pattern LEADING_AND = Pattern.compile("(?iu)^(?:&|and|und|et|och|og|ve|и|و|اور)\\s+");
    /** "Analysis by", "Story by": a word or two of what the credit is for, before the name. */
    private static final Pattern CREDIT_FOR = Pattern.compile("(?iu)^(?:\\p{L}+\\s+){1,2}by\\s+");
    private static final Pattern SUFFIX = Pattern.compile("(?:Jr|Sr|II|III|IV|Jr\\.|Sr\\.)");
    /** Initials: "J.", "J.R.", "J. R.". */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.\\s?)+");
    /** Degrees and honorifics after a name. */
    private static final Pattern DEGREE = Pattern.compile("(?i)(?:ph\\.?d\\.?|md|m\\.d\\.|esq\\.?|mba|rn|rdn|cfa|cpa|jd|dds|llm)");
    /** A word with a dot inside it before two letters: a domain ("Cleveland.com"), never a name's initial ("J.R."). */
    private static final Pattern DOMAIN = Pattern.compile(".*\\p{L}\\.\\p{L}{2,}.*");

    private AuthorNames() {
    }

    /**
     * @param credit an author field or byline, "By" already cut off, cleaned (one space between words); null names nobody
     * @return the names it credits, in order, each trimmed; {@code credit} alone when it names one person or cannot
     *     be read further; empty for a blank credit
     */
    static List<String> of(String credit) {
        if (credit == null) {
            return List.of();
        }
        String c = EDGE_PUNCTUATION.matcher(credit).replaceAll("");
        if (c.codePoints().noneMatch(Character::isLetter)) {
            return List.of(); // "", ",", " | "
        }
        String[] persons = c.split("\\s*;\\s*");
        if (persons.length > 1 && java.util.Arrays.stream(persons).allMatch(AuthorNames::isLastFirst)) {
            return List.of(persons); // "Smith, John; Doe, Jane"
        }
        if (persons.length == 1) {
            return ofOne(c);
        }
        // "John Smith; Jane Doe": each chunk a person, when it reads as a name of two words or more
        List<String> out = new ArrayList<>(ofOne(persons[0]));
        for (int i = 1; i < persons.length; i++) {
            for (String name : ofOne(persons[i])) {
                if (words(name).length >= 2 && isName(name) && !holdsRole(name) && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** @return {@link #of} for a credit without semicolons between persons */
    private static List<String> ofOne(String c) {
        if (c.codePoints().noneMatch(Character::isLetter)) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String p : SEPARATORS.split(c)) {
            if (p.codePoints().noneMatch(Character::isLetter)) {
                continue; // "Jane Doe --"
            }
            if (SUFFIX.matcher(p.trim()).matches() && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + p.trim()); // "Martin Luther King, Jr."
            } else {
                parts.add(p.trim());
            }
        }
        if (parts.isEmpty()) {
            return List.of(c);
        }
        if (parts.size() == 2 && isLastFirst(parts.get(0) + ", " + parts.get(1)) && c.indexOf(',') >= 0) {
            return List.of(c); // "Smith, John"
        }
        if (parts.size() > 2 && isLastFirst(parts.get(0) + ", " + parts.get(1))
                && parts.subList(2, parts.size()).stream().noneMatch(p -> isName(p) && !holdsRole(p) && words(p).length >= 2)) {
            return List.of(parts.get(0) + ", " + parts.get(1)); // "Doe, Jane, Staff Writer"
        }
        List<String> listed = listedNames(parts);
        if (!listed.isEmpty()) {
            return listed;
        }
        String first = parts.get(0);
        String named = CREDIT_FOR.matcher(first).replaceFirst("");
        first = !named.equals(first) && isName(named) ? named : first;
        List<String> joined = joinedNames(first);
        return joined.isEmpty() ? List.of(first) : joined;
    }

    /** @return the names of a list "A, B and C" (or "A, B, and C") that the parts make, its job titles passed over; else empty */
    private static List<String> listedNames(List<String> parts) {
        for (int k = 1; k < parts.size(); k++) {
            String part = parts.get(k);
            boolean last = LEADING_AND.matcher(part).find() || AND.matcher(part).find();
            if (!last) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                String p = parts.get(i);
                if (holdsRole(p)) {
                    continue;
                }
                if (words(p).length < 2 || !isName(p)) {
                    return List.of();
                }
                names.add(p);
            }
            String tail = LEADING_AND.matcher(part).replaceFirst("");
            List<String> joined = joinedNames(tail);
            if (!joined.isEmpty()) {
                names.addAll(joined);
            } else if (words(tail).length >= 2 && isName(tail)) {
                names.add(tail);
            } else {
                return List.of();
            }
            return names.size() >= 2 ? names : List.of();
        }
        return List.of();
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
     * @return whether {@code s} reads as a name written last name first, "Last, First": one comma after a one-word
     *     surname, then given names or initials (at most three words) that are no acronym, degree or job title ("Smith,
     *     John", "Smith, J.", "Obama, Barack Hussein"; not "Ed Hornick, CNN", "Doe, PhD"). A two-word surname is not told
     *     from a name and an employer ("García Márquez, Gabriel" as "John Smith, Reuters"): only its first part is kept
     */
    private static boolean isLastFirst(String s) {
        int comma = s.indexOf(',');
        if (comma < 0 || s.indexOf(',', comma + 1) >= 0) {
            return false;
        }
        String last = s.substring(0, comma).trim();
        String given = s.substring(comma + 1).trim();
        int gw = words(given).length;
        boolean acronym = given.equals(given.toUpperCase(Locale.ROOT)) && !INITIALS.matcher(given).matches();
        return words(last).length == 1 && gw >= 1 && gw <= 3 && isName(last) && isName(given) && !acronym && !holdsRole(given)
                && !DEGREE.matcher(given).matches();
    }

    /**
     * @return whether {@code s} reads as a person's or an agency's name: one to six words without digits or domains,
     *     each capitalized ("J.", "O'Brien", "Jean-Luc"), a particle ({@link #PARTICLES}, "el-Sayed", "d'Estaing") or in
     *     a script without case (Arabic, Urdu, Persian, Chinese…)
     */
    static boolean isName(String s) {
        String[] words = words(s);
        if (words.length == 0 || words.length > 6) {
            return false;
        }
        boolean letter = false;
        for (String w : words) {
            int first = w.codePointAt(0);
            if (w.chars().anyMatch(Character::isDigit) || DOMAIN.matcher(w).matches()) {
                return false;
            }
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                letter = true;
            } else if (Character.isLetter(first) && !Character.isLowerCase(first)) {
                letter = true; // a script without case
            } else if (!PARTICLES.contains(particle(w))) {
                return false;
            }
        }
        return letter;
    }

    /** @return the lower-cased start of {@code w} before a hyphen or an apostrophe ("el" of "el-Sayed"), or all of it */
    private static String particle(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '-' || c == '\'' || c == '’') {
                return lower.substring(0, i);
            }
        }
        return lower;
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
