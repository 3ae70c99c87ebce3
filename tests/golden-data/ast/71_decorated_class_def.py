@dataclass(frozen=True)
@total_ordering
class P:
    x: int = 0
    y: int = field(default=0)
