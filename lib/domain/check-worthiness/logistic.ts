// L2-regularised logistic regression over binary features, fitted by L-BFGS. Small and exact
// enough for a few thousand sentences and a few thousand features; deterministic (no random start,
// sums always in the same order), so the same data gives the same weights byte for byte.

/** One example: the indices of its features that are present (all features are 0/1), and its label. */
export type Example = { features: Int32Array; label: 0 | 1 };

export type Fit = { weights: Float64Array; bias: number };

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
// log(1 + e^z) without overflow.
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/** The linear score (log-odds) of an example. */
export function logit(fit: Fit, features: Int32Array): number {
  let z = fit.bias;
  for (const i of features) z += fit.weights[i]!;
  return z;
}

/** Mean log loss plus lambda/2 times the squared weights (not the bias), and its gradient. */
function objective(examples: Example[], dimension: number, lambda: number, point: Float64Array, gradient: Float64Array): number {
  gradient.fill(0);
  let loss = 0;
  const n = examples.length;
  for (const { features, label } of examples) {
    let z = point[dimension]!;
    for (const i of features) z += point[i]!;
    loss += softplus(z) - label * z;
    const residual = (sigmoid(z) - label) / n;
    for (const i of features) gradient[i]! += residual;
    gradient[dimension]! += residual;
  }
  loss /= n;
  for (let i = 0; i < dimension; i++) {
    loss += (lambda / 2) * point[i]! ** 2;
    gradient[i]! += lambda * point[i]!;
  }
  return loss;
}

const dot = (a: Float64Array, b: Float64Array) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

/** Fits weights for features 0..dimension-1 and a bias by L-BFGS (10 corrections, Armijo backtracking). */
export function fitLogistic(examples: Example[], dimension: number, lambda: number, maxIterations = 300): Fit {
  const size = dimension + 1;
  let point = new Float64Array(size);
  let gradient = new Float64Array(size);
  let loss = objective(examples, dimension, lambda, point, gradient);
  const history: { s: Float64Array; y: Float64Array; rho: number }[] = [];
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    // Two-loop recursion: direction = -H·gradient.
    const q = Float64Array.from(gradient);
    const alphas: number[] = [];
    for (let k = history.length - 1; k >= 0; k--) {
      const { s, y, rho } = history[k]!;
      const alpha = rho * dot(s, q);
      alphas[k] = alpha;
      for (let i = 0; i < size; i++) q[i]! -= alpha * y[i]!;
    }
    const last = history.at(-1);
    const scale = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1 / Math.max(1, Math.sqrt(dot(gradient, gradient)));
    for (let i = 0; i < size; i++) q[i]! *= scale;
    for (let k = 0; k < history.length; k++) {
      const { s, y, rho } = history[k]!;
      const beta = rho * dot(y, q);
      for (let i = 0; i < size; i++) q[i]! += s[i]! * (alphas[k]! - beta);
    }
    const slope = -dot(gradient, q);
    if (slope >= 0) break;
    let step = 1;
    const next = new Float64Array(size);
    const nextGradient = new Float64Array(size);
    let nextLoss = Infinity;
    for (let tries = 0; tries < 30; tries++, step /= 2) {
      for (let i = 0; i < size; i++) next[i] = point[i]! - step * q[i]!;
      nextLoss = objective(examples, dimension, lambda, next, nextGradient);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
    }
    if (!(nextLoss < loss)) break;
    const s = next.map((value, i) => value - point[i]!);
    const y = nextGradient.map((value, i) => value - gradient[i]!);
    const sy = dot(s, y);
    if (sy > 1e-12) history.push({ s, y, rho: 1 / sy });
    if (history.length > 10) history.shift();
    const improvement = loss - nextLoss;
    [point, gradient, loss] = [next, nextGradient, nextLoss];
    if (improvement < 1e-10 * Math.max(1, Math.abs(loss))) break;
  }
  return { weights: point.slice(0, dimension), bias: point[dimension]! };
}
