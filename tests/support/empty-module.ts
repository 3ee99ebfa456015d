// Stands in for `server-only` under Jest, whose guard throws outside a React Server environment.
export {}
