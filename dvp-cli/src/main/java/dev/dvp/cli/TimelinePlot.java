package dev.dvp.cli;

import dev.dvp.migration.MigrationOutcome;
import dev.dvp.migration.MigrationSample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a simulated migration's timeline with XChart: remaining memory (MiB, left axis), throttle (%) and the
 * workload's effective dirty rate (MiB/s) on the right axis, over seconds since the transfer started. Writes SVG or
 * PNG by the file's extension.
 */
final class TimelinePlot {

  private static final double MIB = 1 << 20;

  private TimelinePlot() {}

  /** Writes the plot; the format follows the extension ({@code .svg} or {@code .png}). */
  static void write(MigrationOutcome result, String title, Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".svg") && !name.endsWith(".png")) {
      throw new IllegalArgumentException("--plot: " + file + " has no .svg or .png extension. Maybe timeline.svg?");
    }
    System.setProperty("java.awt.headless", "true");
    XYChart chart = new XYChartBuilder().width(1000).height(500).title(title)
        .xAxisTitle("time since the transfer started (s)").yAxisTitle("remaining memory (MiB)").build();
    chart.getStyler().setYAxisGroupPosition(1, org.knowm.xchart.style.Styler.YAxisPosition.Right);
    chart.setYAxisGroupTitle(1, "throttle (%) / dirty rate (MiB/s)");
    List<MigrationSample> samples = result.samples();
    int n = Math.max(1, samples.size());
    double[] t = new double[n];
    double[] remaining = new double[n];
    double[] throttle = new double[n];
    double[] dirty = new double[n];
    for (int i = 0; i < samples.size(); i++) {
      MigrationSample s = samples.get(i);
      t[i] = s.timeSeconds();
      remaining[i] = s.remainingBytes() / MIB;
      throttle[i] = s.throttlePercent();
      dirty[i] = s.workloadDirtyRate() / MIB;
    }
    chart.addSeries("remaining (MiB)", t, remaining).setMarker(SeriesMarkers.NONE);
    XYSeries th = chart.addSeries("throttle (%)", t, throttle);
    th.setMarker(SeriesMarkers.NONE);
    th.setYAxisGroup(1);
    XYSeries dr = chart.addSeries("dirty rate (MiB/s)", t, dirty);
    dr.setMarker(SeriesMarkers.NONE);
    dr.setYAxisGroup(1);
    String base = file.toString().substring(0, file.toString().length() - 4);
    if (name.endsWith(".svg")) {
      VectorGraphicsEncoder.saveVectorGraphic(chart, base, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    } else {
      BitmapEncoder.saveBitmap(chart, base, BitmapEncoder.BitmapFormat.PNG);
    }
  }
}
