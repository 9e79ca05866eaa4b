package de.daks.projection.engine;

/**
 * A period life table in single years built from death probabilities, and the cohort-component survival it implies
 * for groups of width {@code n}. Conventions: {@code l(0) = 1}, {@code L(0) = l(1) + a0·d(0)} with {@code a0 = 0.1}
 * (infant deaths fall early in the first year), {@code L(x) = (l(x) + l(x+1))/2} for {@code x ≥ 1}, {@code q} of the
 * last tabulated age = 1.
 *
 * <pre>
 * nL(x)              = Σ L(x … x+n−1)
 * S(group g)         = nL((g+1)·n) / nL(g·n)             proportion of group g alive in group g+1 after n years
 * S(open group ω)    = T(ω·n + n) / T(ω·n),  T(x) = Σ_{y≥x} L(y)
 * S(birth)           = nL(0) / (n·l(0))                   births of a step alive in group 0 at its end
 * </pre>
 *
 * (Preston, Heuveline, Guillot, Demography, 2001, sections 3.1 and 6.2.)
 */
public final class LifeTable {

	private static final double A0 = 0.1;

	private final double[] q;

	private final double[] l;

	private final double[] bigL;

	private final double[] bigT;

	/** @param q death probabilities by single year of age from 0; the last one is treated as 1 */
	public LifeTable(double[] q) {
		Checks.proportions(q, "death probabilities");
		int n = q.length;
		this.q = q.clone();
		this.q[n - 1] = 1;
		l = new double[n + 1];
		bigL = new double[n];
		l[0] = 1;
		for (int x = 0; x < n; x++) {
			l[x + 1] = l[x] * (1 - this.q[x]);
			double deaths = l[x] - l[x + 1];
			bigL[x] = x == 0 ? l[1] + A0 * deaths : (l[x] + l[x + 1]) / 2;
		}
		bigT = new double[n + 1];
		for (int x = n - 1; x >= 0; x--) {
			bigT[x] = bigT[x + 1] + bigL[x];
		}
	}

	/** Life expectancy at birth {@code e0 = T(0)/l(0)}. */
	public double lifeExpectancy() {
		return bigT[0];
	}

	/** Death probability at a single age. */
	public double q(int age) {
		return q[Math.min(age, q.length - 1)];
	}

	/**
	 * Survival proportions for {@code groups} groups of width {@code n}, the last one open (see the class comment).
	 */
	public double[] survival(int n, int groups) {
		double[] s = new double[groups];
		for (int g = 0; g < groups - 1; g++) {
			double here = nL(g * n, n);
			s[g] = here > 0 ? Math.min(1, nL((g + 1) * n, n) / here) : 0;
		}
		int open = (groups - 1) * n;
		double t = t(open);
		s[groups - 1] = t > 0 ? Math.min(1, t(open + n) / t) : 0;
		return s;
	}

	/** {@code nL(0)/(n·l(0))}. */
	public double birthSurvival(int n) {
		return nL(0, n) / n;
	}

	/** Central death rates {@code m(x) = d(x)/L(x)} by single year. */
	public double[] deathRates() {
		double[] m = new double[q.length];
		for (int x = 0; x < q.length; x++) {
			m[x] = bigL[x] > 0 ? (l[x] - l[x + 1]) / bigL[x] : 0;
		}
		return m;
	}

	/** The table with every death probability multiplied by {@code factor} (capped at 1). */
	public LifeTable scaled(double factor) {
		double[] scaled = new double[q.length];
		for (int x = 0; x < q.length; x++) {
			scaled[x] = Math.min(1, q[x] * factor);
		}
		return new LifeTable(scaled);
	}

	private double nL(int from, int n) {
		double sum = 0;
		for (int x = from; x < from + n && x < bigL.length; x++) {
			sum += bigL[x];
		}
		return sum;
	}

	private double t(int age) {
		return age < bigT.length ? bigT[age] : 0;
	}
}
