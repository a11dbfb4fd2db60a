package newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of DESIGN.md ("Records", "Evolution") that keep the schemas safe to evolve under
 * FULL_TRANSITIVE: every record and field documented, every enum with a default symbol, every
 * nullable field defaulting to null.
 */
class SchemaDocumentationTest {

    static Stream<Schema> schemas() {
        return Stream.of(CrawlRequest.getClassSchema(), CleanPage.getClassSchema(), Article.getClassSchema());
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void shouldDocumentEveryRecordAndField(Schema root) {
        List<String> undocumented = new ArrayList<>();
        walk(root, new HashSet<>(), s -> {
            if (s.getType() == Schema.Type.RECORD) {
                if (blank(s.getDoc())) {
                    undocumented.add(s.getFullName());
                }
                for (Schema.Field f : s.getFields()) {
                    if (blank(f.doc())) {
                        undocumented.add(s.getName() + "." + f.name());
                    }
                }
            }
        });
        assertThat(undocumented).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void shouldGiveEveryEnumADefaultSymbol(Schema root) {
        List<String> missing = new ArrayList<>();
        walk(root, new HashSet<>(), s -> {
            if (s.getType() == Schema.Type.ENUM && (s.getEnumDefault() == null || !s.getEnumSymbols().contains(s.getEnumDefault()))) {
                missing.add(s.getFullName());
            }
        });
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void shouldDefaultEveryNullableFieldToNull(Schema root) {
        List<String> wrong = new ArrayList<>();
        walk(root, new HashSet<>(), s -> {
            if (s.getType() == Schema.Type.RECORD) {
                for (Schema.Field f : s.getFields()) {
                    if (f.schema().isNullable() && (!f.hasDefaultValue() || f.defaultVal() != org.apache.avro.JsonProperties.NULL_VALUE)) {
                        wrong.add(s.getName() + "." + f.name());
                    }
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void walk(Schema s, Set<String> seen, java.util.function.Consumer<Schema> visit) {
        switch (s.getType()) {
            case RECORD -> {
                if (!seen.add(s.getFullName())) {
                    return;
                }
                visit.accept(s);
                s.getFields().forEach(f -> walk(f.schema(), seen, visit));
            }
            case ENUM -> {
                if (seen.add(s.getFullName())) {
                    visit.accept(s);
                }
            }
            case ARRAY -> walk(s.getElementType(), seen, visit);
            case MAP -> walk(s.getValueType(), seen, visit);
            case UNION -> s.getTypes().forEach(t -> walk(t, seen, visit));
            default -> {
            }
        }
    }
}
