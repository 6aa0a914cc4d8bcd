"""Run marsad on the shared development sets and score it with the shared scorer."""
