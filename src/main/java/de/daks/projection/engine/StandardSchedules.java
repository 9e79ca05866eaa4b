package de.daks.projection.engine;

/**
 * The standard schedules DAKS scales to a Kommune's totals of births and deaths when it has no age-specific events of
 * its own (DOMAIN.md §5). They are PARAMETRIC APPROXIMATIONS chosen by the DAKS team to resemble Germany around 2022,
 * not official tables; only their SHAPE matters, because {@link AssumptionDerivation} rescales their level to the local
 * totals.
 *
 * <ul>
 * <li>Mortality: infant death probability {@code q0} and, from age 1, the Gompertz–Makeham hazard {@code μ(x) = A +
 * B·exp(c·x)} with {@code q(x) = 1 − exp(−μ(x + ½))}, up to age 130. Parameters (women / men): q0 0.0030 / 0.0035, A
 * 0.00012 / 0.00015, B 0.000018 / 0.000049, c 0.0953 / 0.0878. They put q(60) ≈ 0.006 / 0.010 and q(80) ≈ 0.04 / 0.06
 * and give e0 ≈ 83.3 / 78.1 years, about the level of the Destatis life table 2020/22 (e0 83.2 women, 78.3 men); checked in
 * {@code StandardSchedulesTests}.</li>
 * <li>Fertility: a gamma density in {@code x − 15} with mean age at birth 31.5 and standard deviation 5.8 years,
 * evaluated at mid-year of age for ages 15–49 and scaled to a total fertility rate of 1.46 (Germany 2022: TFR 1.46,
 * mean age of mothers about 31.7 – Destatis).</li>
 * <li>Sex ratio at birth 1.05 boys per girl.</li>
 * </ul>
 */
public final class StandardSchedules {

	/** Boys per girl. */
	public static final double SEX_RATIO_AT_BIRTH = 1.05;

	/** The highest age of the standard life tables. */
	public static final int LAST_AGE = 130;

	private static final double[] Q0 = { 0.0030, 0.0035 };

	private static final double[] MAKEHAM = { 0.00012, 0.00015 };

	private static final double[] GOMPERTZ_LEVEL = { 0.000018, 0.000049 };

	private static final double[] GOMPERTZ_SLOPE = { 0.0953, 0.0878 };

	private static final double TFR = 1.46;

	private static final double MEAN_AGE = 31.5;

	private static final double SD_AGE = 5.8;

	private StandardSchedules() {
	}

	/** The standard life table of a sex ({@link Population#FEMALE} or {@link Population#MALE}). */
	public static LifeTable lifeTable(int sex) {
		double[] q = new double[LAST_AGE + 1];
		q[0] = Q0[sex];
		for (int x = 1; x <= LAST_AGE; x++) {
			double mu = MAKEHAM[sex] + GOMPERTZ_LEVEL[sex] * Math.exp(GOMPERTZ_SLOPE[sex] * (x + 0.5));
			q[x] = Math.min(1, 1 - Math.exp(-mu));
		}
		return new LifeTable(q);
	}

	/**
	 * Annual fertility rates by single year of age 0 … {@code lastAge} (zero outside 15–49), summing to the total
	 * fertility rate 1.46.
	 */
	public static double[] fertility(int lastAge) {
		double shape = (MEAN_AGE - 15) * (MEAN_AGE - 15) / (SD_AGE * SD_AGE);
		double scale = SD_AGE * SD_AGE / (MEAN_AGE - 15);
		double[] full = new double[50];
		double sum = 0;
		for (int x = 15; x < 50; x++) {
			double y = (x + 0.5 - 15) / scale;
			full[x] = Math.exp((shape - 1) * Math.log(y) - y);
			sum += full[x];
		}
		double[] f = new double[lastAge + 1];
		for (int x = 0; x < Math.min(f.length, full.length); x++) {
			f[x] = full[x] * TFR / sum;
		}
		return f;
	}

	/** Fertility by group of width {@code n}: the mean of the single-year rates of the group (annual rates). */
	public static double[] fertility(int n, int groups) {
		double[] single = fertility(groups * n);
		double[] f = new double[groups];
		for (int g = 0; g < groups; g++) {
			double sum = 0;
			for (int x = g * n; x < (g + 1) * n; x++) {
				sum += single[x];
			}
			f[g] = sum / n;
		}
		return f;
	}

	/**
	 * The shape of out-migration by age: the Rogers–Castro model schedule with the parameters of their "standard"
	 * schedule (Rogers and Castro, Model Migration Schedules, IIASA RR-81-30, 1981: childhood component {@code a1 =
	 * 0.02, α1 = 0.1}, labour-force peak {@code a2 = 0.06, μ2 = 20, α2 = 0.1, λ2 = 0.4}, constant {@code c = 0.003}),
	 * evaluated at exact age {@code age}. Only the shape matters: DAKS scales it to the observed out-moves.
	 */
	public static double outMigrationShape(double age) {
		return 0.02 * Math.exp(-0.1 * age) + 0.06 * Math.exp(-0.1 * (age - 20) - Math.exp(-0.4 * (age - 20))) + 0.003;
	}
}
