package dev.switchboard.bench.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The latency-vs-rate plot (PNG): the whole path's p50, p99 and p99.9 and Kafka's own end-to-end p99. */
final class LatencyPlot {

    private LatencyPlot() {
    }

    static void write(List<StepOutcome> steps, Path png) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(900).height(600)
                .title("Switchboard whole path: POST to offer frame on the agent's socket")
                .xAxisTitle("offered messages/s (all channels)").yAxisTitle("latency, ms (log)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        double[] rates = steps.stream().mapToDouble(s -> s.edge().rate()).toArray();
        series(chart, "whole path p50", rates, steps, s -> s.e2eMillis(50));
        series(chart, "whole path p99", rates, steps, s -> s.e2eMillis(99));
        series(chart, "whole path p99.9", rates, steps, s -> s.e2eMillis(99.9));
        series(chart, "Kafka EndToEndLatency p99", rates, steps, s -> s.kafka().p99Millis());
        try {
            BitmapEncoder.saveBitmap(chart, png.toString().replaceFirst("\\.png$", ""),
                    BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void series(XYChart chart, String name, double[] rates, List<StepOutcome> steps,
            ToDoubleFunction<StepOutcome> millis) {
        // A log axis cannot show zero or a missing value: those are drawn at 0.1 ms.
        double[] values = steps.stream().mapToDouble(millis).map(v -> Double.isNaN(v) || v <= 0 ? 0.1 : v)
                .toArray();
        chart.addSeries(name, rates, values).setMarker(SeriesMarkers.CIRCLE);
    }
}
