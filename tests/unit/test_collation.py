from digiamt_desk.domain.collation import din5007_key, din5007_sorted


def test_umlauts_sort_as_their_base_letter_not_after_z() -> None:
    titles = ["Zweitwohnungsteuer", "Übermittlungssperre", "Anmeldung", "Ölschaden melden",
              "Oberflächenwasser", "Ummeldung"]
    assert din5007_sorted(titles) == ["Anmeldung", "Oberflächenwasser", "Ölschaden melden",
                                      "Übermittlungssperre", "Ummeldung", "Zweitwohnungsteuer"]


def test_sharp_s_as_ss_and_case_ignored() -> None:
    assert din5007_key("Straße")[0] == din5007_key("STRASSE")[0] == "strasse"
    assert din5007_sorted(["bauantrag", "Baum", "Bauamt"]) == ["Bauamt", "bauantrag", "Baum"]
