package de.daks.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The trend of a goal's indicator: an ordinary least-squares line through the observed values over time (with two
 * values the line through both, e.g. baseline → now), projected to the goal's target date, and a verdict. Pure
 * arithmetic, no dependencies.
 *
 * <p>The direction of the goal follows from baseline and target (a target below the baseline is a goal to reduce
 * something); without a baseline from the first observed value. The verdict is
 * <ul>
 * <li>{@link Verdict#REACHED} when the latest value has reached the target in that direction,</li>
 * <li>{@link Verdict#ON_TRACK} when the trend line reaches it by the target date,</li>
 * <li>{@link Verdict#BEHIND} when it does not,</li>
 * <li>{@link Verdict#NO_DATA} without target, without any value, or – unless reached – without two values on
 * different days or without target date.</li>
 * </ul>
 */
public final class Trend {

	public enum Verdict {
		ON_TRACK, BEHIND, REACHED, NO_DATA;

		public String messageKey() {
			return "review.verdict." + name();
		}
	}

	/** An observed value on a day. */
	public record Point(LocalDate date, double value) {
	}

	/** A straight line: {@code value(d) = valueAtOrigin + slopePerDay × (d − origin)}. */
	public record Line(LocalDate origin, double valueAtOrigin, double slopePerDay) {

		public double at(LocalDate date) {
			return valueAtOrigin + slopePerDay * ChronoUnit.DAYS.between(origin, date);
		}

		/** The change per year (365.25 days). */
		public double slopePerYear() {
			return slopePerDay * 365.25;
		}
	}

	/**
	 * @param line the fitted line, null with fewer than two days
	 * @param latest the latest observed value, null without values
	 * @param projected the line's value at the target date, null without line or target date
	 * @param share how much of the way from baseline to target the latest value has gone, in percent (may be below 0
	 * or above 100), null without baseline, target or value, or when baseline equals target
	 */
	public record Result(List<Point> points, @Nullable Line line, @Nullable Point latest, @Nullable Double projected,
			@Nullable Double share, Verdict verdict) {

		public Result {
			points = List.copyOf(points);
		}
	}

	private Trend() {
	}

	public static Result of(List<Point> observed, @Nullable Double baseline, @Nullable Double target,
			@Nullable LocalDate targetDate) {
		List<Point> points = new ArrayList<>(observed);
		for (Point p : points) {
			if (!Double.isFinite(p.value())) {
				throw new IllegalArgumentException("not a finite value on " + p.date());
			}
		}
		points.sort(Comparator.comparing(Point::date));
		Point latest = points.isEmpty() ? null : points.get(points.size() - 1);
		Line line = fit(points);
		Double projected = line != null && targetDate != null ? line.at(targetDate) : null;
		Double share = null;
		if (baseline != null && target != null && latest != null && Math.abs(target - baseline) > 1e-12) {
			share = (latest.value() - baseline) / (target - baseline) * 100;
		}
		Verdict verdict;
		if (target == null || latest == null) {
			verdict = Verdict.NO_DATA;
		}
		else {
			boolean up = baseline != null && Math.abs(target - baseline) > 1e-12 ? target > baseline
					: target >= points.get(0).value();
			if (reached(latest.value(), target, up)) {
				verdict = Verdict.REACHED;
			}
			else if (projected == null) {
				verdict = Verdict.NO_DATA;
			}
			else {
				verdict = reached(projected, target, up) ? Verdict.ON_TRACK : Verdict.BEHIND;
			}
		}
		return new Result(points, line, latest, projected, share, verdict);
	}

	/** The least-squares line through the points; null unless there are two different days. */
	public static @Nullable Line fit(List<Point> points) {
		if (points.size() < 2) {
			return null;
		}
		LocalDate origin = points.stream().map(Point::date).min(Comparator.naturalOrder()).orElseThrow();
		double n = points.size();
		double meanX = 0;
		double meanY = 0;
		for (Point p : points) {
			meanX += ChronoUnit.DAYS.between(origin, p.date());
			meanY += p.value();
		}
		meanX /= n;
		meanY /= n;
		double sxx = 0;
		double sxy = 0;
		for (Point p : points) {
			double dx = ChronoUnit.DAYS.between(origin, p.date()) - meanX;
			sxx += dx * dx;
			sxy += dx * (p.value() - meanY);
		}
		if (sxx == 0) {
			return null;
		}
		double slope = sxy / sxx;
		return new Line(origin, meanY - slope * meanX, slope);
	}

	private static boolean reached(double value, double target, boolean up) {
		double tolerance = Math.max(1e-9, Math.abs(target) * 1e-9);
		return up ? value >= target - tolerance : value <= target + tolerance;
	}
}
