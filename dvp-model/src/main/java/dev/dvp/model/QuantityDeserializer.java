package dev.dvp.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a {@link Quantity} from a JSON/YAML string or number (CRDs declare many quantities int-or-string).
 *
 * <p>A string is trimmed of surrounding whitespace first, as Go's {@code UnmarshalJSON} does; a number is read from
 * its literal text ({@code 1.5}, {@code 8}). Numbers written in forms the quantity grammar does not know (YAML's
 * {@code 0x10}) are read by their numeric value. Invalid text fails with an {@link InvalidFormatException} whose
 * message is the parse error (e.g. {@code quantity "1.5.5Gi": a second '.' is not allowed; ...}).
 *
 * <p>JSON {@code null} is left to Jackson (an absent value, e.g. {@code Optional.empty()}), where Go would decode
 * zero: the SDK never invents a value the document did not state. Stateless and thread-safe.
 */
final class QuantityDeserializer extends StdDeserializer<Quantity> {

    private static final long serialVersionUID = 1L;

    QuantityDeserializer() {
        super(Quantity.class);
    }

    @Override
    public Quantity deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            String raw = parser.getText();
            try {
                return QuantityParser.parse(raw.strip(), raw, false);
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(parser, e.getMessage(), raw, Quantity.class);
            }
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return fromNumber(parser);
        }
        return (Quantity) context.handleUnexpectedToken(Quantity.class, token, parser,
                "a quantity must be a string such as \"512Mi\" or a number such as 1.5, not %s", token);
    }

    private static Quantity fromNumber(JsonParser parser) throws IOException {
        String raw = parser.getText();
        try {
            return QuantityParser.parse(raw, raw, true);
        } catch (IllegalArgumentException notQuantityText) {
            BigDecimal value;
            try {
                value = parser.getDecimalValue();
            } catch (NumberFormatException | IOException notANumber) {
                throw InvalidFormatException.from(parser, notQuantityText.getMessage(), raw, Quantity.class);
            }
            String plain = value.toPlainString();
            return QuantityParser.parse(plain, plain, true);
        }
    }
}
