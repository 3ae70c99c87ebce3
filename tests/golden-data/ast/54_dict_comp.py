{k: v for k in a for v in b if k != v}
{k: [v for v in vs] for k, vs in d.items()}
{**{k: v for k, v in x}}
