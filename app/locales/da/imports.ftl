### Tidlig – the lead's imports of registry figures (Danish, da).
### Reviewed by a native speaker: yes

imports-file = CSV-fil
imports-button = Importér
imports-refused = Filen er ikke importeret. Ret linjerne herunder, og prøv igen – intet er gemt.
imports-line = Linje
imports-column = Kolonne
imports-problem = Problem
