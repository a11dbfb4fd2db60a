package newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfluentWireFormatTest {
    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @CsvSource({
        "1,          0000000001",
        "42,         000000002a",
        "65536,      0000010000",
        "2147483647, 007fffffff",
    })
    void shouldFrameTheIdBigEndianAfterMagicByteZero(int id, String header) {
        byte[] framed = ConfluentWireFormat.frame(id, new byte[] {(byte) 0xab});
        assertThat(HEX.formatHex(framed)).isEqualTo(header + "ab");
        assertThat(ConfluentWireFormat.schemaId(framed)).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"'', too short", "00000001, need at least 5", "0100000001, magic byte 0x01", "7b22613a, need at least 5"})
    void shouldRejectBytesNotInTheWireFormat(String hex, String message) {
        assertThatThrownBy(() -> ConfluentWireFormat.schemaId(HEX.parseHex(hex)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(message.equals("too short") ? "0 bytes" : message);
    }
}
