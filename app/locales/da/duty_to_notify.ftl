### Tidlig – the duty to notify, said before a professional asks for sparring (Danish, da).
### Reviewed by a native speaker: yes

duty_to_notify-title = Sparring er ikke en underretning
duty_to_notify-body = Anonym sparring er råd fra FI-teamet om et barn, du ikke nævner. Det er ikke en underretning. Har du grund til at antage, at et barn eller en ung kan have brug for særlig støtte, gælder din skærpede underretningspligt efter Barnets Lov stadig – uanset hvad du skriver her.
duty_to_notify-link = Underret kommunen
duty_to_notify-no_link = Spørg din leder, hvordan du underretter kommunen.
