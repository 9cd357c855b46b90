package dev.dvp.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a {@link Quantity} in the form it was read: a JSON/YAML number stays a number with the same text, a string
 * stays the same string ({@code "8Gi"}, even {@code "+1"}), so reading and writing a document gives an equal tree.
 * A quantity that was not read from JSON writes {@link Quantity#toString()} as a string, as Go's
 * {@code MarshalJSON} does. Stateless and thread-safe.
 */
final class QuantitySerializer extends StdSerializer<Quantity> {

    private static final long serialVersionUID = 1L;

    QuantitySerializer() {
        super(Quantity.class);
    }

    @Override
    public void serialize(Quantity quantity, JsonGenerator generator, SerializerProvider provider)
            throws IOException {
        String wire = quantity.wireText();
        if (wire == null) {
            generator.writeString(quantity.toString());
        } else if (quantity.wireNumber()) {
            generator.writeNumber(wire);
        } else {
            generator.writeString(wire);
        }
    }
}
