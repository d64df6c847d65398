### Tidlig – the municipality's own staircase on the lead's pages: its kinds of step, which count as preventive, and the gaps in the registry figures (Danish, da).
### Reviewed by a native speaker: yes

registry-import_kinds-1 = Arter af trin
registry-import_kinds-2 = Kommunens egne arter af trin, fx almen forebyggelse, hjemmebaserede indsatser, anbringelser, sikrede institutioner. Kolonner: kind (nøglen, som trinfilen bruger i sin kolonne kind), rank (rækkefølgen), label_da, label_en og preventive (ja eller nej: tæller arten med i den forebyggende andel). Uden egne arter har kommunen to: preventive og placement. Importér arterne før trinnene.
registry-preventive_title = Hvilke arter tæller som forebyggende?
registry-preventive_intro = Mål 2 viser den forebyggende andel af foranstaltningerne og af udgiften: trinene af de arter, der er sat kryds ved her, delt med alle trin. Som standard tæller Forebyggende med og Anbringelser ikke.
registry-kind_column = Art
registry-preventive_column = Tæller som forebyggende
registry-steps_column = Trin af denne art
registry-unused = ingen trin
registry-save = Gem valget
registry-kind_measures = Foranstaltninger pr. art af trin
registry-kind_expenditure = Udgifter pr. art af trin
registry-measures_of = Foranstaltninger: { $kind }
registry-expenditure_of = Udgift: { $kind }
registry-preventive_note = Den forebyggende andel regnes af trinene af disse arter: { $kinds }.
registry-gap_years = Der er ingen tal for { $years }.
registry-gap_measures = Antallet af foranstaltninger er ikke oplyst for { $years } – kun udgifterne.
registry-gap_step_measures = { $step }: antallet af foranstaltninger er ikke oplyst for { $years }.
registry-gap_step_expenditure = { $step }: udgiften er ikke oplyst for { $years }.
registry-gap_previous = Der er ingen tal for den forrige periode ({ $period }) at sammenligne denne status med.
registry-gap_no_previous = Perioden siden start har ingen forrige periode af samme længde at sammenligne med; vælg et år eller et kvartal.
registry-gap_note = Et tal, der ikke er oplyst, står som –; det er ikke nul. En sum eller andel, der bygger på et manglende tal, vises heller ikke.
