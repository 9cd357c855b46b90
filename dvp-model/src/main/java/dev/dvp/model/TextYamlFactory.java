package dev.dvp.model;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * jackson-dataformat-yaml's factory with one change: its parsers read through {@link TextWindowReader} instead of
 * SnakeYAML's {@code StreamReader}, so a long scalar reads in linear time.
 *
 * <p>Jackson 2.21's {@code YAMLParser(IOContext, int, int, LoaderOptions, ObjectCodec, Reader)} does nothing but
 * {@code new ParserImpl(new StreamReader(reader), loaderOptions)} and hand it to the protected constructor
 * this class uses; everything else (features, limits, codec) is the factory's own. Text given as a {@code String},
 * {@code Reader} or {@code char[]} goes through the new reader (the codec only ever parses strings); byte input
 * keeps Jackson's own path.
 */
final class TextYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  TextYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  private TextYamlFactory(TextYamlFactory source) {
    super(source, null);
  }

  @Override
  public YAMLFactory copy() {
    return new TextYamlFactory(this);
  }

  @Override
  public YAMLParser createParser(String content) throws IOException {
    IOContext context = _createContext(_createContentReference(content), false);
    return parser(context, content);
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
      text.append(buffer, 0, n);
    }
    return parser(context, text.toString());
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int len, IOContext context, boolean recyclable)
      throws IOException {
    return parser(context, new String(data, offset, len));
  }

  private YAMLParser parser(IOContext context, String text) {
    LoaderOptions options = _loaderOptions == null ? new LoaderOptions() : _loaderOptions;
    return new TextYamlParser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, text,
        new ParserImpl(new TextWindowReader(text), options));
  }

  /** Reaches the parser constructor that takes a ready SnakeYAML parser. */
  private static final class TextYamlParser extends YAMLParser {
    TextYamlParser(IOContext context, int parserFeatures, int yamlFeatures, ObjectCodec codec, String text,
        ParserImpl events) {
      super(context, parserFeatures, yamlFeatures, codec, new StringReader(text), events);
    }
  }
}
