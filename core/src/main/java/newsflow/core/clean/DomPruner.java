package newsflow.core.clean;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes what never holds article text before blocks are cut: scripts, styles, embedded media,
 * form controls, hidden elements (the {@code hidden} attribute, {@code display:none},
 * {@code visibility:hidden}), and forms — except a form that wraps most of the page, as ASP.NET
 * pages do.
 */
final class DomPruner {
    private static final org.jsoup.select.Evaluator SEL_0 = org.jsoup.select.QueryParser.parse("[hidden], [style]");
    private static final org.jsoup.select.Evaluator SEL_1 = org.jsoup.select.QueryParser.parse("form");
    private static final org.jsoup.select.Evaluator SEL_2 = org.jsoup.select.QueryParser.parse("[role]");
    private static final String DROPPED = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "video, audio, source, track, picture, img, map, input, select, textarea, button, option, datalist, "
            + "link, meta, base, dialog";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private DomPruner() {
    }

    static void prune(Document doc) {
        Element body = doc.body();
        body.select(DROPPED).remove();
        for (Element e : body.select(SEL_0)) {
            if (e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                e.remove();
            }
        }
        int bodyLetters = Texts.letters(body);
        Elements forms = body.select(SEL_1);
        for (Element form : forms) {
            if (form.parent() == null) {
                continue; // inside a form removed already
            }
            int letters = Texts.letters(form);
            if (letters < bodyLetters / 2) {
                form.remove();
            }
        }
        for (Element e : body.select(SEL_2)) {
            String role = e.attr("role").toLowerCase(Locale.ROOT);
            if ((role.equals("dialog") || role.equals("alertdialog")) && e.parent() != null) {
                e.remove();
            }
        }
    }
}
