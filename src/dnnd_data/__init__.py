"""dnnd-data: a versioned dataset about Vietnam's people's diplomacy, built from news."""
