// @invataxi/routing: the dial-a-ride engine of the dispatcher (see ../README.md).
export * from './model';
export { solve, DarpSolver, type SolveOptions, type InitialRoute, type SearchProgress } from './solve';
