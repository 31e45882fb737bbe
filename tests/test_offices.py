from askccg.offices import holder_named, holders


def test_a_title_names_its_holders() -> None:
    assert "Theresa May" in holders("the Prime Minister")
    assert "Jeremy Hunt" in holders("Secretary of State for Health")
    assert holders("the chief nurse") == ()


def test_a_title_means_the_one_holder_the_article_names() -> None:
    assert holder_named("the Prime Minister", ["Theresa May", "Dr Ann Green"]) == "Theresa May"
    assert (
        holder_named("the Health Secretary", ["Rt Hon Jeremy Hunt MP", "Ann Green"]) is None
    )  # not his form
    assert holder_named("the Health Secretary", ["Mr Jeremy Hunt", "Ann Green"]) == "Mr Jeremy Hunt"
    assert holder_named("the Health Secretary", ["Jeremy Hunt", "Matt Hancock"]) is None  # two holders
    assert holder_named("the Health Secretary", ["Ann Green"]) is None  # no holder named: nobody
