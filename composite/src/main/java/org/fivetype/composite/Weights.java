package org.fivetype.composite;

import org.fivetype.api.Surface;

/**
 * Where the weights of an aggregate's children come from.
 *
 * <ul>
 *   <li>{@link #GIVEN}: the weights of the recipe;
 *   <li>{@link #EQUAL}: 1 for every child;
 *   <li>{@link #PCA}: the loadings of the first principal component of the children (see {@link
 *       #firstComponent}).
 * </ul>
 */
@Surface(Surface.Kind.API)
public enum Weights {
  /** The recipe's weights. */
  GIVEN,
  /** Equal weights. */
  EQUAL,
  /** The first principal component's loadings. */
  PCA;

  /**
   * The loadings of the first principal component of the columns (JRC/OECD Handbook, section
   * 6.1, "weights based on principal component analysis"; COINr 1.x {@code get_PCA}, which
   * returns {@code prcomp(scale = TRUE)$rotation[, 1]}): the unit-length eigenvector of the
   * largest eigenvalue of the columns' correlation matrix (over the units where every column is
   * present), computed by cyclic Jacobi rotations, its sign chosen so that the loadings sum to a
   * positive number. Weights are relative, so the loadings serve as they are.
   *
   * @throws IllegalArgumentException if fewer than 3 complete units, a constant column, or a
   *     negative loading (a weight must be ≥ 0; the message names the column)
   */
  public static double[] firstComponent(double[][] cols, String[] names) {
    int k = cols.length;
    int n = cols[0].length;
    if (k == 1) {
      return new double[] {1};
    }
    boolean[] use = new boolean[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      boolean all = true;
      for (double[] c : cols) {
        all &= !Double.isNaN(c[i]);
      }
      use[i] = all;
      m += all ? 1 : 0;
    }
    if (m < 3) {
      throw new IllegalArgumentException("principal-component weights need at least 3 units"
          + " with every value present, found " + m);
    }
    double[] mean = new double[k];
    double[] sd = new double[k];
    for (int a = 0; a < k; a++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        if (use[i]) {
          s += cols[a][i];
        }
      }
      mean[a] = s / m;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        if (use[i]) {
          double d = cols[a][i] - mean[a];
          ss += d * d;
        }
      }
      sd[a] = Math.sqrt(ss);
      if (sd[a] == 0) {
        throw new IllegalArgumentException(names[a] + " is constant: no correlation, no"
            + " principal-component weight");
      }
    }
    double[][] r = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = a; b < k; b++) {
        double s = 0;
        for (int i = 0; i < n; i++) {
          if (use[i]) {
            s += (cols[a][i] - mean[a]) * (cols[b][i] - mean[b]);
          }
        }
        r[a][b] = r[b][a] = a == b ? 1 : s / (sd[a] * sd[b]);
      }
    }
    double[][] v = new double[k][k];
    for (int a = 0; a < k; a++) {
      v[a][a] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < k; p++) {
        for (int q = p + 1; q < k; q++) {
          off += r[p][q] * r[p][q];
        }
      }
      if (off < 1e-30) {
        break;
      }
      for (int p = 0; p < k; p++) {
        for (int q = p + 1; q < k; q++) {
          if (Math.abs(r[p][q]) < 1e-300) {
            continue;
          }
          double theta = (r[q][q] - r[p][p]) / (2 * r[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int j = 0; j < k; j++) {
            double rpj = r[p][j];
            double rqj = r[q][j];
            r[p][j] = c * rpj - s * rqj;
            r[q][j] = s * rpj + c * rqj;
          }
          for (int j = 0; j < k; j++) {
            double rjp = r[j][p];
            double rjq = r[j][q];
            r[j][p] = c * rjp - s * rjq;
            r[j][q] = s * rjp + c * rjq;
          }
          for (int j = 0; j < k; j++) {
            double vjp = v[j][p];
            double vjq = v[j][q];
            v[j][p] = c * vjp - s * vjq;
            v[j][q] = s * vjp + c * vjq;
          }
        }
      }
    }
    int best = 0;
    for (int a = 1; a < k; a++) {
      if (r[a][a] > r[best][best]) {
        best = a;
      }
    }
    double[] w = new double[k];
    double sum = 0;
    for (int a = 0; a < k; a++) {
      w[a] = v[a][best];
      sum += w[a];
    }
    for (int a = 0; a < k; a++) {
      w[a] = sum < 0 ? -w[a] : w[a];
      if (w[a] < 0) {
        if (w[a] > -1e-12) {
          w[a] = 0;
        } else {
          throw new IllegalArgumentException(names[a] + " loads negatively (" + w[a]
              + ") on the first principal component: it cannot be a weight");
        }
      }
    }
    return w;
  }
}
