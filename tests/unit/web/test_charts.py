from warmdesk.web.charts import sparkline


def test_a_sparkline_spans_the_box_with_low_at_the_bottom() -> None:
    line = sparkline([0.0, 1.0, 0.5], width=100, height=20, pad=0, label="x")
    assert line is not None
    assert line.dots == [(0.0, 20.0), (50.0, 0.0), (100.0, 10.0)]
    assert line.points == "0.0,20.0 50.0,0.0 100.0,10.0"


def test_one_value_sits_in_the_middle_and_out_of_range_values_are_clamped() -> None:
    line = sparkline([2.5], width=100, height=20, pad=0)
    assert line is not None
    assert line.dots == [(50.0, 0.0)]
    assert sparkline([]) is None
