package de.daks.projection;

import java.time.LocalDate;
import java.util.List;

/**
 * A projection of one area: for every date (the base first) the point projection and its 80 % prediction interval,
 * {@code [date][sex f, m][group]} in groups of {@code width} years with the last one open.
 *
 * @param area the area key
 * @param method what produced it, e.g. {@code cohort-component} or {@code hamilton-perry}
 * @param width group width in years
 * @param dates the base date and every projected date
 * @param point the projection with the base-period assumptions
 * @param p10 10 % quantile over the simulations
 * @param p90 90 % quantile over the simulations
 * @param notes what was derived (factors, base period), for display and reproduction
 * @param draws the simulated projections behind p10/p90 (for intervals of aggregates, e.g. age groups or totals)
 */
public record ProjectionRun(String area, String method, int width, List<LocalDate> dates, double[][][] point,
		double[][][] p10, double[][][] p90, List<String> notes, List<double[][][]> draws) {

	/** The total of the point projection at date index {@code i}. */
	public double total(int i) {
		return sum(point[i]);
	}

	static double sum(double[][] a) {
		double s = 0;
		for (double[] r : a) {
			for (double v : r) {
				s += v;
			}
		}
		return s;
	}
}
