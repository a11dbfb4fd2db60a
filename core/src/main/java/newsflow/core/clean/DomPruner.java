package newsflow.core.clean;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what never holds article text before blocks are cut: scripts, styles, embedded media,
 * form controls, hidden elements (the {@code hidden} attribute, {@code display:none},
 * {@code visibility:hidden}), and forms — except a form that wraps most of the page, as ASP.NET
 * pages do.
 */
final class DomPruner {
    /** Elements that never hold article text. */
    private static final java.util.Set<String> DROPPED = java.util.Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "video", "audio", "source", "track", "picture", "img", "map", "input",
            "select", "textarea", "button", "option", "datalist", "link", "meta", "base", "dialog");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private final java.util.List<Element> drop = new java.util.ArrayList<>();
    private final java.util.List<Element> forms = new java.util.ArrayList<>();

    /** A pruner that has seen no element yet: show it the body's elements ({@link #consider}), then {@link #prune}. */
    DomPruner() {
    }

    /** Notes whether {@code e} is to go; call for every element of the body, in document order. */
    void consider(Element e) {
        String name = e.normalName();
        if (DROPPED.contains(name)) {
            drop.add(e);
        } else if (e.attributesSize() == 0) {
            if (name.equals("form")) {
                forms.add(e);
            }
        } else if (Attrs.has(e, "hidden") || (Attrs.has(e, "style") && HIDDEN_STYLE.matcher(Attrs.get(e, "style")).find())) {
            drop.add(e);
        } else if (name.equals("form")) {
            forms.add(e);
        } else if (Attrs.has(e, "role")) {
            String role = Attrs.get(e, "role").toLowerCase(Locale.ROOT);
            if (role.equals("dialog") || role.equals("alertdialog")) {
                drop.add(e);
            }
        }
    }

    /** Removes what {@link #consider} found, outermost first, then the forms that hold less than half the body's text. */
    void prune(Document doc) {
        Element body = doc.body();
        for (Element e : drop) {
            if (e != body && e.parent() != null) {
                e.remove();
            }
        }
        if (forms.isEmpty()) {
            return;
        }
        // The letters of each form, and of the body (before any form goes: removing one form changes no other form's
        // subtree, and a form inside a removed one is skipped). A form goes when it holds less than half the body's
        // letters: once the letters counted reach twice the largest form's and more, every form goes, so the rest of
        // the body is not counted (on most pages the forms are a search box, and a walk of the whole body is saved).
        java.util.Map<Element, Integer> formLetters = new java.util.IdentityHashMap<>();
        int largest = 0;
        int counted = 0;
        for (Element form : forms) {
            if (form.parent() != null && BlockLabeller.inside(form, java.util.Set.of(body))) {
                int n = Texts.letters(form);
                formLetters.put(form, n);
                largest = Math.max(largest, n);
                if (!insideAnother(form, formLetters)) {
                    counted += n;
                }
            }
        }
        int enough = 2 * largest + 2; // (n < bodyLetters / 2 for every form n once bodyLetters reaches it)
        for (DomWalk.Cursor c = new DomWalk.Cursor(body); counted < enough && c.next(); ) {
            if (!c.entering()) {
                continue;
            }
            if (c.node() instanceof org.jsoup.nodes.TextNode t) {
                counted += Texts.letters(t.getWholeText());
            } else if (formLetters.containsKey(c.node())) {
                c.skipChildren(); // (counted already)
            }
        }
        int bodyLetters = counted;
        for (Element form : forms) {
            if (form.parent() == null || !BlockLabeller.inside(form, java.util.Set.of(body))) {
                continue; // inside something removed already
            }
            if (formLetters.get(form) < bodyLetters / 2) {
                form.remove();
            }
        }
    }

    /** @return whether one of {@code forms} other than {@code form} holds it */
    private static boolean insideAnother(Element form, java.util.Map<Element, Integer> forms) {
        for (Element e = form.parent(); e != null; e = e.parent()) {
            if (forms.containsKey(e)) {
                return true;
            }
        }
        return false;
    }
}
