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
        // the letters of the body and of each form, counted in one walk (before any form goes: removing one form
        // changes no other form's subtree, and a form inside a removed one is skipped)
        java.util.Map<Element, int[]> formLetters = new java.util.IdentityHashMap<>();
        for (Element form : forms) {
            formLetters.put(form, new int[1]);
        }
        int[] bodyLetters = {0};
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        DomWalk.walk(body, new DomWalk.Visitor() {
            @Override
            public boolean head(org.jsoup.nodes.Node node) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    int n = Texts.letters(t.getWholeText());
                    bodyLetters[0] += n;
                    for (int[] form : open) {
                        form[0] += n;
                    }
                } else if (node instanceof Element e && formLetters.containsKey(e)) {
                    open.push(formLetters.get(e));
                }
                return true;
            }

            @Override
            public void tail(org.jsoup.nodes.Node node) {
                if (node instanceof Element e && formLetters.containsKey(e)) {
                    open.pop();
                }
            }
        });
        for (Element form : forms) {
            if (form.parent() == null || !BlockLabeller.inside(form, java.util.Set.of(body))) {
                continue; // inside something removed already
            }
            if (formLetters.get(form)[0] < bodyLetters[0] / 2) {
                form.remove();
            }
        }
    }
}
