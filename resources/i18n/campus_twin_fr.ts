<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Airflow</name>
        <message>
            <location filename="../../twin/sim/airflow/domain.py" line="310" />
            <source>A {dx:g} m x {dz:g} m grid over this site needs {cells:,} cells, more than the budget of {budget:,}; the solver would slow far below its usual speed. Choose cells of about {fit:.0f} m or more (or raise max_cells).</source>
            <translation>Une grille de {dx:g} m x {dz:g} m sur ce site demande {cells:,} cellules, plus que le budget de {budget:,} ; le calcul serait bien plus lent que d’habitude. Choisissez des cellules d’environ {fit:.0f} m ou plus (ou augmentez max_cells).</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/solver.py" line="1099" />
            <source>airflow field INVALID: {n} roll-backs in a row (last: {reason} at t={t:.0f} s); the solver stopped. Change the wind, the layout or the resolution to restart it.</source>
            <translation>champ d’écoulement NON VALABLE : {n} retours en arrière de suite (dernier : {reason} à t={t:.0f} s) ; le calcul s’est arrêté. Changez le vent, l’implantation ou la résolution pour le relancer.</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="522" />
            <source>airflow solver error, paused: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="499" />
            <source>airflow solver failed to start: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/solver.py" line="1104" />
            <source>airflow step rejected at t={t:.0f} s ({reason}); rolled back to the last good state (t={t0:.0f} s) and retrying with a step of {dt:.2g} s</source>
            <translation>pas de calcul rejeté à t={t:.0f} s ({reason}) ; retour au dernier état valable (t={t0:.0f} s) et nouvel essai avec un pas de {dt:.2g} s</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="439" />
            <source>on_frame callback failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="78" />
            <source>{text} ({n} times)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AirflowPanel</name>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="175" />
            <source> m above ground</source>
            <translation> m au-dessus du sol</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="177" />
            <source>Air</source>
            <translation>Air</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="201" />
            <source>Air over the nature reserve: {rise} K vs ambient
Strongest wind at pedestrian height: {wind} m/s</source>
            <translation>Air au-dessus de la réserve naturelle : {rise} °C par rapport à l’air ambiant
Vent le plus fort à hauteur de piéton : {wind} m/s</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="166" />
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="165" />
            <source>Direction the wind blows from, clockwise from north (240° = WSW, the prevailing wind)</source>
            <translation>Direction d’où vient le vent, dans le sens horaire depuis le nord (240° = OSO, le vent dominant)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="176" />
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="39" />
            <source>Intake temperature rise per hall</source>
            <translation>Réchauffement de l’air aspiré, par bâtiment</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="168" />
            <location filename="../../twin/ui/airflow_panel.py" line="225" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="37" />
            <source>Plume: air 2 °C warmer than around it</source>
            <translation>Panache : air plus chaud de 2 °C qu’alentour</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="177" />
            <source>Resolution</source>
            <translation>Résolution</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="168" />
            <location filename="../../twin/ui/airflow_panel.py" line="225" />
            <source>Run</source>
            <translation>Lancer</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="172" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="177" />
            <source>Showing</source>
            <translation>Affiché</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="167" />
            <source>Solver</source>
            <translation>Calcul</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="169" />
            <source>Step</source>
            <translation>Pas à pas</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="36" />
            <source>Warm air along the wind (vertical slice)</source>
            <translation>Air chaud dans le sens du vent (coupe verticale)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="35" />
            <source>Warm air at a height</source>
            <translation>Air chaud à une hauteur donnée</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="163" />
            <source>Wind and air</source>
            <translation>Vent et air</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="38" />
            <source>Wind arrows</source>
            <translation>Flèches de vent</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="177" />
            <source>Wind from</source>
            <translation>Vent venant de</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="177" />
            <source>Wind speed</source>
            <translation>Vitesse du vent</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="28" />
            <source>coarse (12 m)</source>
            <translation>grossière (12 m)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="29" />
            <source>default (8 m)</source>
            <translation>par défaut (8 m)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="30" />
            <source>fine (6 m)</source>
            <translation>fine (6 m)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="44" />
            <source>first look — the previous wind fitted to the new layout; refining…</source>
            <translation>premier aperçu — le vent précédent adapté à la nouvelle implantation ; affinage en cours…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="164" />
            <source>follow the weather being played</source>
            <translation>suivre la météo en cours de lecture</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="46" />
            <source>settled — the statistics of the flow no longer change</source>
            <translation>stabilisé — l’écoulement ne change plus en moyenne</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="45" />
            <source>settling — the flow is still adjusting</source>
            <translation>en cours de stabilisation — l’écoulement s’ajuste encore</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="107" />
            <source>starting…</source>
            <translation>démarrage…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="213" />
            <source>{cells} cells · {rtf}</source>
            <translation>{cells} cellules · {rtf}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="211" />
            <source>{factor}× faster than real time</source>
            <translation>{factor} fois plus vite que le temps réel</translation>
        </message>
    </context>
    <context>
        <name>Animate</name>
        <message>
            <location filename="../../twin/commands/animate.py" line="124" />
            <source>cancelled: {out} was not written</source>
            <translation>annulé : {out} n’a pas été écrit</translation>
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="127" />
            <source>failed, {out} was not written: {error}</source>
            <translation>échec, {out} n’a pas été écrit : {error}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="117" />
            <source>rendering {kind}</source>
            <translation>rendu en cours : {kind}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="115" />
            <source>settling the airflow on the layout's design weather…</source>
            <translation>stabilisation de l’écoulement d’air avec la météo de conception de l’implantation…</translation>
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="130" />
            <source>wrote {out} ({frames} frames, {w}x{h} at {fps:g} fps, {seconds:g} s) in {elapsed:.1f} s</source>
            <translation>écrit {out} ({frames} images, {w}x{h} à {fps:g} images/s, {seconds:g} s) en {elapsed:.1f} s</translation>
        </message>
    </context>
    <context>
        <name>Caption</name>
        <message>
            <location filename="../../twin/render/snapshot.py" line="385" />
            <source>(in memory)</source>
            <translation>(en mémoire)</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="733" />
            <source>INVALID (not the conditions shown)</source>
            <translation>NON VALABLE (pas les conditions affichées)</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="324" />
            <source>IT</source>
            <translation>Informatique</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="724" />
            <source>Layout {file} · rendered {when} UTC</source>
            <translation>Implantation {file} · rendu le {when} UTC</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="704" />
            <source>Layout: planning assumption (the real plan is not published).  Published: 38 ha, up to 700 MW, 6 ha reserve, PUE 1.2.</source>
            <translation>Implantation : hypothèse d’étude (le plan réel n’est pas publié).  Publié : 38 ha, jusqu’à 700 MW, réserve de 6 ha, PUE 1,2.</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="737" />
            <source>Overlays: {overlays} · airflow {state}</source>
            <translation>Calques : {overlays} · écoulement d’air {state}</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="325" />
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="706" />
            <source>Pipes: red = facility water supply, blue = return, orange = district-heat export supply, violet = its return.</source>
            <translation>Tuyaux : rouge = eau de refroidissement aller, bleu = retour, orange = chaleur vers le réseau urbain (aller), violet = son retour.</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="727" />
            <source>Wind from {direction:.0f}° ({compass}) at {speed:.1f} m/s, air {air:.1f} °C · {source}</source>
            <translation>Vent de {direction:.0f}° ({compass}) à {speed:.1f} m/s, air {air:.1f} °C · {source}</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="683" />
            <source>Wind from {direction:.0f}° at {speed:g} m/s, air {air:.0f} °C · airflow {tier} after {time:.0f} s simulated</source>
            <translation>Vent de {direction:.0f}° à {speed:g} m/s, air {air:.0f} °C · écoulement d’air {tier} après {time:.0f} s simulées</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="326" />
            <source>heat exported</source>
            <translation>chaleur exportée</translation>
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="376" />
            <source>layout design scenario</source>
            <translation>scénario de conception de l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="190" />
            <source>non-finite field</source>
            <translation>champ non fini (valeurs invalides)</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="736" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="734" />
            <source>off</source>
            <translation>arrêté</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="731" />
            <source>settled</source>
            <translation>stabilisé</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="732" />
            <source>settling (indicative)</source>
            <translation>en cours de stabilisation (indicatif)</translation>
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="185" />
            <source>stale: conditions changed</source>
            <translation>périmé : les conditions ont changé</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="333" />
            <source>{load:.0f} of {capacity:g} MW IT</source>
            <translation>{load:.0f} sur {capacity:g} MW informatiques</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="326" />
            <source>{mw:.0f} MW (~{homes:,.0f} homes' use)</source>
            <translation>{mw:.0f} MW (~ la consommation de {homes:,.0f} foyers)</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="700" />
            <source>{name}  ·  {mw:.0f} MW IT in {halls} data halls</source>
            <translation>{name}  ·  {mw:.0f} MW informatiques dans {halls} salles informatiques</translation>
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="178" />
            <source>{time:.0f} s simulated</source>
            <translation>{time:.0f} s simulées</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="722" />
            <source>{when} · layout {file}</source>
            <translation>{when} · implantation {file}</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../twin/model/commands.py" line="431" />
            <source>Add {name}</source>
            <translation>Ajouter {name}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="650" />
            <source>Cooler height</source>
            <translation>Hauteur des aéroréfrigérants</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="641" />
            <source>Cooling</source>
            <translation>Refroidissement</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="156" />
            <source>Cooling plant</source>
            <translation>Centrale de refroidissement</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="155" />
            <source>Data hall</source>
            <translation>Salle informatique</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="202" />
            <source>Data hall {n}</source>
            <translation>Salle informatique {n}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="446" />
            <source>Delete {name}</source>
            <translation>Supprimer {name}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="458" />
            <source>Duplicate {name}</source>
            <translation>Dupliquer {name}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="160" />
            <source>Gatehouse</source>
            <translation>Poste de garde</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="654" />
            <source>Generator rating</source>
            <translation>Puissance des groupes électrogènes</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="652" />
            <source>Generators</source>
            <translation>Groupes électrogènes</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="644" />
            <source>Heat rejection</source>
            <translation>Rejet de chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="158" />
            <source>Heat-recovery plant</source>
            <translation>Centrale de récupération de chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="648" />
            <source>Heat-rejection position</source>
            <translation>Position du rejet de chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="635" />
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="640" />
            <source>IT capacity</source>
            <translation>Puissance informatique</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="599" />
            <source>Move cooler yard of {name}</source>
            <translation>Déplacer l’aire des aéroréfrigérants de {name}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="605" />
            <source>Move generator yard of {name}</source>
            <translation>Déplacer l’aire des groupes électrogènes de {name}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="466" />
            <source>Move {name}</source>
            <translation>Déplacer {name}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="634" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="856" />
            <source>New layout</source>
            <translation>Nouvelle implantation</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="857" />
            <source>New layout from the empty site</source>
            <translation>Nouvelle implantation sur le site vide</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="159" />
            <source>Offices and training</source>
            <translation>Bureaux et formation</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="563" />
            <source>Resize {name} to {w} × {d} m</source>
            <translation>Redimensionner {name} à {w} × {d} m</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="500" />
            <source>Rotate {name} by {angle}°</source>
            <translation>Tourner {name} de {angle}°</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="755" />
            <source>Set {label} of {name} to {value}</source>
            <translation>Régler {label} de {name} à {value}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="849" />
            <source>Set {title} to {value:g} {unit}</source>
            <translation>Régler {title} à {value:g} {unit}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="636" />
            <source>Storeys</source>
            <translation>Niveaux</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="157" />
            <source>Substation</source>
            <translation>Poste électrique</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="846" />
            <source>The {title} must be between {low:g} and {high:g} {unit}, got {value}</source>
            <translation>{title} doit être entre {low:g} et {high:g} {unit} ; valeur reçue : {value}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="663" />
            <source>adiabatic (evaporative assist)</source>
            <translation>adiabatique (appoint par évaporation)</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="666" />
            <source>adiabatic coolers</source>
            <translation>refroidisseurs adiabatiques</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="664" />
            <source>chillers</source>
            <translation>groupes froids</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="667" />
            <source>cooling towers</source>
            <translation>tours aéroréfrigérantes</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="662" />
            <source>direct liquid cooling + dry coolers</source>
            <translation>refroidissement liquide direct + aéroréfrigérants secs</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="665" />
            <source>dry coolers</source>
            <translation>aéroréfrigérants secs</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="831" />
            <source>grid connection</source>
            <translation>raccordement au réseau électrique</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="829" />
            <source>minimum spacing between halls</source>
            <translation>espacement minimal entre salles</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="661" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="408" />
            <source>return</source>
            <translation>retour</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="668" />
            <source>roof</source>
            <translation>toit</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="830" />
            <source>setback from the site boundary</source>
            <translation>recul par rapport à la limite du site</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="408" />
            <source>supply</source>
            <translation>aller</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="838" />
            <source>the scenario has no editable rule {field}</source>
            <translation>le scénario n’a pas de règle modifiable {field}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="718" />
            <source>the {label} must be at most 60 characters, got {n}</source>
            <translation>{label} doit faire au plus 60 caractères ; reçu : {n}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="716" />
            <source>the {label} must not be empty</source>
            <translation>{label} ne doit pas être vide</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="669" />
            <source>yard</source>
            <translation>aire au sol</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="730" />
            <source>{label} must be a finite number, got {value}</source>
            <translation>{label} doit être un nombre fini ; reçu : {value}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="728" />
            <source>{label} must be a number, got {value!r}</source>
            <translation>{label} doit être un nombre ; reçu : {value!r}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="733" />
            <source>{label} must be a whole number, got {value:g}</source>
            <translation>{label} doit être un nombre entier ; reçu : {value:g}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="737" />
            <source>{label} must be between {low:g} and {high:g}{unit}, got {value:g}{unit}</source>
            <translation>{label} doit être entre {low:g} et {high:g}{unit} ; reçu : {value:g}{unit}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="723" />
            <source>{label} must be one of {choices}, got {value!r}</source>
            <translation>{label} doit être l’un de {choices} ; reçu : {value!r}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="411" />
            <source>{name} branch, {role}</source>
            <translation>branche {name}, {role}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="603" />
            <source>{name} has no generator yard to move</source>
            <translation>{name} n’a pas d’aire de groupes électrogènes à déplacer</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="594" />
            <source>{name} has no heat-rejection equipment to move</source>
            <translation>{name} n’a pas d’équipement de rejet de chaleur à déplacer</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="521" />
            <source>{name}: footprint sides must be between {low:g} and {high:g} m, got {value} m</source>
            <translation>{name} : les côtés de l’emprise doivent mesurer entre {low:g} et {high:g} m ; reçu : {value} m</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="607" />
            <source>{name}: no part called {part!r} can move on its own</source>
            <translation>{name} : aucune partie nommée {part!r} ne peut être déplacée seule</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="596" />
            <source>{name}: roof coolers move with their roof; set their position to yard first</source>
            <translation>{name} : les aéroréfrigérants en toiture suivent leur toit ; placez-les d’abord au sol</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="497" />
            <source>{name}: the rotation must be a number of degrees</source>
            <translation>{name} : la rotation doit être un nombre de degrés</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="695" />
            <source>{name}: {field} cannot be edited here</source>
            <translation>{name} : {field} ne peut pas être modifié ici</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="710" />
            <source>{name}: {what}</source>
            <translation>{name} : {what}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="743" />
            <source>{storeys} storeys in {height:g} m leaves {per:.1f} m a storey; at least 3 m is needed</source>
            <translation>{storeys} niveaux dans {height:g} m laissent {per:.1f} m par niveau ; il faut au moins 3 m</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="207" />
            <source>{title} {n}</source>
            <translation>{title} {n}</translation>
        </message>
    </context>
    <context>
        <name>Compass</name>
        <message>
            <location filename="../../twin/render/scene.py" line="146" />
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="146" />
            <source>ENE</source>
            <translation>ENE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="147" />
            <source>ESE</source>
            <translation>ESE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="146" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="146" />
            <source>NE</source>
            <translation>NE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="146" />
            <source>NNE</source>
            <translation>NNE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="149" />
            <source>NNW</source>
            <translation>NNO</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="148" />
            <source>NW</source>
            <translation>NO</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="147" />
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="147" />
            <source>SE</source>
            <translation>SE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="147" />
            <source>SSE</source>
            <translation>SSE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="147" />
            <source>SSW</source>
            <translation>SSO</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="148" />
            <source>SW</source>
            <translation>SO</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="148" />
            <source>W</source>
            <translation>O</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="148" />
            <source>WNW</source>
            <translation>ONO</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="148" />
            <source>WSW</source>
            <translation>OSO</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="154" />
            <source> · water used {m3} m³</source>
            <translation> · eau consommée {m3} m³</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="122" />
            <source>Heat delivered to the district line. Homes: the yearly heat of one home is taken as {mwh} MWh (ADEME: 1 TWh/yr ~ 100,000 homes).</source>
            <translation>Chaleur livrée au réseau de chaleur urbain. Foyers : on compte {mwh} MWh de chaleur par foyer et par an (ADEME : 1 TWh/an ≈ 100 000 foyers).</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="111" />
            <source>Heat exported</source>
            <translation>Chaleur exportée</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="107" />
            <source>IT</source>
            <translation>Informatique</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="107" />
            <location filename="../../twin/ui/dashboard.py" line="119" />
            <location filename="../../twin/ui/dashboard.py" line="146" />
            <source>IT load</source>
            <translation>Charge informatique</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="151" />
            <source>IT load on free cooling · chillers on in {on} of {halls} halls</source>
            <translation>charge informatique en refroidissement naturel · groupes froids en marche dans {on} salles sur {halls}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="146" />
            <source>IT load · some halls stale</source>
            <translation>charge informatique · données périmées pour certaines salles</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="112" />
            <source>Load on free cooling</source>
            <translation>Charge en refroidissement naturel</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="108" />
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="117" />
            <source>PUE now</source>
            <translation>PUE actuel</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="69" />
            <source>Starting the plant model…</source>
            <translation>Démarrage du modèle de la centrale…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="109" />
            <source>Temperatures</source>
            <translation>Températures</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="118" />
            <source>Total facility power / IT power, from the plant model (target 1.2, published)</source>
            <translation>Puissance totale du site / puissance informatique, d’après le modèle de la centrale (objectif 1,2, publié)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="112" />
            <location filename="../../twin/ui/dashboard.py" line="124" />
            <source>free cooling</source>
            <translation>refroidissement naturel</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="120" />
            <source>heat exported</source>
            <translation>chaleur exportée</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="149" />
            <source>heat exported · at this rate ≈ {homes} homes heated</source>
            <translation>chaleur exportée · à ce rythme ≈ {homes} foyers chauffés</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="109" />
            <source>outside</source>
            <translation>extérieur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="125" />
            <source>outside air</source>
            <translation>air extérieur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="157" />
            <source>outside air · RH {rh} %</source>
            <translation>air extérieur · humidité {rh} %</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="111" />
            <source>to districts</source>
            <translation>vers les quartiers</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="110" />
            <source>water return</source>
            <translation>eau retour</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="109" />
            <source>water supply</source>
            <translation>eau aller</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="159" />
            <source>{when} · load: {source} · weather: {weather}</source>
            <translation>{when} · charge : {source} · météo : {weather}</translation>
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message>
            <location filename="../../twin/ui/editing.py" line="185" />
            <source>Click a building</source>
            <translation>Cliquer sur un bâtiment</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="195" />
            <source>Click a layout check</source>
            <translation>Cliquer sur un contrôle de l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="194" />
            <source>Ctrl+1 … Ctrl+4</source>
            <translation>Ctrl+1 … Ctrl+4</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="193" />
            <source>Ctrl+Z, Ctrl+Shift+Z</source>
            <translation>Ctrl+Z, Ctrl+Maj+Z</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="192" />
            <source>Delete, Ctrl+D</source>
            <translation>Suppr, Ctrl+D</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="191" />
            <source>Edit ▸ Add</source>
            <translation>Édition ▸ Ajouter</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="182" />
            <source>Left-drag on open ground</source>
            <translation>Glisser clic gauche sur le terrain libre</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="99" />
            <source>Left-drag: orbit · right-drag: zoom · middle-drag: pan</source>
            <translation>Glisser clic gauche : tourner · clic droit : zoomer · clic milieu : déplacer la vue</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="188" />
            <source>M, R, S, Esc</source>
            <translation>M, R, S, Échap</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="184" />
            <source>Middle-drag</source>
            <translation>Glisser clic milieu</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="177" />
            <source>Mouse and keyboard</source>
            <translation>Souris et clavier</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="190" />
            <source>Resize tool</source>
            <translation>Outil Redimensionner</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="154" />
            <source>Revert to the bundled campus</source>
            <translation>Revenir au campus fourni</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="183" />
            <source>Right-drag / wheel</source>
            <translation>Glisser clic droit / molette</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="189" />
            <source>Rotate tool</source>
            <translation>Outil Tourner</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="141" />
            <source>Select a building first (click it).</source>
            <translation>Sélectionnez d’abord un bâtiment (cliquez dessus).</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="186" />
            <source>Shift-drag a building</source>
            <translation>Maj + glisser un bâtiment</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="187" />
            <source>Shift-drag a yard</source>
            <translation>Maj + glisser une aire</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="192" />
            <source>delete, duplicate the selected building</source>
            <translation>supprimer, dupliquer le bâtiment sélectionné</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="190" />
            <source>drag a corner grip; the area is shown live</source>
            <translation>tirer une poignée d’angle ; la surface s’affiche en direct</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="189" />
            <source>drag the blue grip; snaps to 5° and to the site axes, Ctrl for a free angle</source>
            <translation>tirer la poignée bleue ; s’aligne par pas de 5° et sur les axes du site, Ctrl pour un angle libre</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="186" />
            <source>move it with its yards and pipes (one undo step)</source>
            <translation>le déplacer avec ses aires et ses tuyaux (une seule annulation)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="187" />
            <source>move the cooler or generator yard alone</source>
            <translation>déplacer seule l’aire des aéroréfrigérants ou des groupes électrogènes</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="188" />
            <source>move, rotate, resize tools; back to select</source>
            <translation>outils déplacer, tourner, redimensionner ; retour à la sélection</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="182" />
            <source>orbit the camera</source>
            <translation>tourner autour du site</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="194" />
            <source>overview, plan, views from Escaudain and Lourches</source>
            <translation>vue d’ensemble, plan, vues depuis Escaudain et Lourches</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="184" />
            <source>pan</source>
            <translation>déplacer la vue</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="195" />
            <source>select and frame the feature at fault</source>
            <translation>sélectionner et cadrer l’élément en cause</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="185" />
            <source>select it; its figures appear in the Properties dock, where they can be edited</source>
            <translation>le sélectionner ; ses chiffres apparaissent dans le panneau Propriétés, où ils se modifient</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="191" />
            <source>then click the ground to place the building</source>
            <translation>puis cliquer sur le sol pour placer le bâtiment</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="193" />
            <source>undo, redo</source>
            <translation>annuler, rétablir</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="183" />
            <source>zoom</source>
            <translation>zoomer</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../twin/ui/export/state.py" line="34" />
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <location filename="../../twin/io/export/provenance.py" line="23" />
            <source>bundled: {name}</source>
            <translation>fournie : {name}</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="92" />
            <source>clip length must be 0.1 to 3600 s, got {s:g}</source>
            <translation>la durée du clip doit être de 0,1 à 3600 s ; reçu : {s:g}</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="97" />
            <source>date must look like 2030-07-25, got {date!r}</source>
            <translation>la date doit avoir la forme 2030-07-25 ; reçu : {date!r}</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="90" />
            <source>frames per second must be 1 to 120, got {fps:g}</source>
            <translation>le nombre d’images par seconde doit être de 1 à 120 ; reçu : {fps:g}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="35" />
            <source>heat exported</source>
            <translation>chaleur exportée</translation>
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="267" />
            <source>image size must be 16 to 8192 pixels a side, got {w}x{h}</source>
            <translation>la taille de l’image doit être de 16 à 8192 pixels de côté ; reçu : {w}x{h}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="60" />
            <source>layout design scenario</source>
            <translation>scénario de conception de l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="56" />
            <source>set in the Wind and heat panel</source>
            <translation>réglé dans le panneau Vent et chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="88" />
            <source>unknown animation kind {kind!r}; choose day, tour or orbit</source>
            <translation>type d’animation inconnu {kind!r} ; choisissez day, tour ou orbit</translation>
        </message>
        <message>
            <location filename="../../twin/io/export/provenance.py" line="27" />
            <source>{name} (unsaved edits)</source>
            <translation>{name} (modifications non enregistrées)</translation>
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="60" />
            <source>{path}: a GIF of {n} frames at {w}x{h} is too large; use .mp4, a smaller size or fewer frames</source>
            <translation>{path} : un GIF de {n} images en {w}x{h} est trop lourd ; utilisez .mp4, une taille plus petite ou moins d’images</translation>
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="57" />
            <source>{path}: an MP4 (H.264, yuv420p) needs an even width and height, got {w}x{h}</source>
            <translation>{path} : un MP4 (H.264, yuv420p) demande une largeur et une hauteur paires ; reçu : {w}x{h}</translation>
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="134" />
            <source>{path}: no frames were written</source>
            <translation>{path} : aucune image n’a été écrite</translation>
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="56" />
            <source>{path}: unknown image format {suffix!r}; use .png or .jpg</source>
            <translation>{path} : format d’image inconnu {suffix!r} ; utilisez .png ou .jpg</translation>
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="41" />
            <source>{path}: unknown video format {suffix!r}; use .mp4 or .gif</source>
            <translation>{path} : format vidéo inconnu {suffix!r} ; utilisez .mp4 ou .gif</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../twin/ui/i18n.py" line="196" />
            <location filename="../../twin/ui/i18n.py" line="214" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
    </context>
    <context>
        <name>LivePanel</name>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="173" />
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="206" />
            <source> — stale: {halls}</source>
            <translation> — périmé : {halls}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="30" />
            <source>1 day per minute</source>
            <translation>1 jour par minute</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="32" />
            <source>1 day per second</source>
            <translation>1 jour par seconde</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="29" />
            <source>1 hour per minute</source>
            <translation>1 heure par minute</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="31" />
            <source>1 hour per second</source>
            <translation>1 heure par seconde</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="179" />
            <source>Broker</source>
            <translation>Serveur MQTT</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="180" />
            <source>Clock</source>
            <translation>Horloge</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="167" />
            <source>Connect</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="38" />
            <source>EnergyPlus weather file…</source>
            <translation>Fichier météo EnergyPlus…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="174" />
            <source>Go</source>
            <translation>Aller</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="157" />
            <source>IT load</source>
            <translation>Charge informatique</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="175" />
            <source>Jump to</source>
            <translation>Aller à</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="43" />
            <source>Live from the site (MQTT)</source>
            <translation>En direct du site (MQTT)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="180" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="179" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="180" />
            <source>Play</source>
            <translation>Lire</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="42" />
            <source>Replay a recording (CSV)…</source>
            <translation>Rejouer un enregistrement (CSV)…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="41" />
            <source>Simulated AI load</source>
            <translation>Charge d’IA simulée</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="179" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="180" />
            <source>Speed</source>
            <translation>Vitesse</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="180" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="219" />
            <source>Synthetic weather, not measured data</source>
            <translation>Météo synthétique, pas des mesures</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="168" />
            <source>Time</source>
            <translation>Temps</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="179" />
            <source>Topics</source>
            <translation>Sujets</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="179" />
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="176" />
            <source>Weather</source>
            <translation>Météo</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="212" />
            <source>accepted {accepted} · rejected {rejected}</source>
            <translation>acceptés {accepted} · rejetés {rejected}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="172" />
            <source>day </source>
            <translation>jour </translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="36" />
            <source>default synthetic year</source>
            <translation>année synthétique par défaut</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="162" />
            <source>dsx: BMS/v1/PUB/Value/PowerMeter/ActivePower/escaudain/{hall}/it_load (kW)
plain: campus/{hall}/it_load_mw (MW)</source>
            <translation>dsx : BMS/v1/PUB/Value/PowerMeter/ActivePower/escaudain/{hall}/it_load (kW)
plain : campus/{hall}/it_load_mw (MW)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="37" />
            <source>heat wave, 25 July 2019 (41.5 °C)</source>
            <translation>canicule du 25 juillet 2019 (41,5 °C)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="160" />
            <source>mqtt://HOST:PORT, or mqtts://HOST:PORT for TLS</source>
            <translation>mqtt://HÔTE:PORT, ou mqtts://HÔTE:PORT pour TLS</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="165" />
            <location filename="../../twin/ui/live_panel.py" line="166" />
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="28" />
            <source>real time</source>
            <translation>temps réel</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="169" />
            <source>running</source>
            <translation>en marche</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="81" />
            <source>simulated</source>
            <translation>simulée</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../twin/ui/main_window.py" line="115" />
            <source>&amp;Delete building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="61" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="60" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="63" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="126" />
            <source>&amp;Mouse and keyboard…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="101" />
            <source>&amp;Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="88" />
            <source>&amp;Open layout…</source>
            <translation>&amp;Ouvrir une implantation…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="95" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="97" />
            <location filename="../../twin/ui/main_window.py" line="392" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="392" />
            <source>&amp;Redo {label}</source>
            <translation>&amp;Rétablir : {label}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="103" />
            <source>&amp;Rotate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="90" />
            <source>&amp;Save layout</source>
            <translation>&amp;Enregistrer l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="96" />
            <location filename="../../twin/ui/main_window.py" line="390" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="390" />
            <source>&amp;Undo {label}</source>
            <translation>&amp;Annuler : {label}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="62" />
            <source>&amp;View</source>
            <translation>&amp;Vue</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="109" />
            <source>Add cooling plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="107" />
            <source>Add data hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="114" />
            <source>Add gatehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="111" />
            <source>Add heat-recovery plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="113" />
            <source>Add offices and training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="110" />
            <source>Add substation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="274" />
            <source>Campus layout (*.geojson *.json)</source>
            <translation>Implantation du campus (*.geojson *.json)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="279" />
            <source>Campus layout (*.geojson)</source>
            <translation>Implantation du campus (*.geojson)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="658" />
            <source>Cannot connect</source>
            <translation>Connexion impossible</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="228" />
            <location filename="../../twin/ui/main_window.py" line="231" />
            <source>Cannot open layout</source>
            <translation>Impossible d’ouvrir l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="699" />
            <source>Cannot read weather file</source>
            <translation>Impossible de lire le fichier météo</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="634" />
            <source>Cannot replay</source>
            <translation>Impossible de rejouer</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="249" />
            <source>Cannot save layout</source>
            <translation>Impossible d’enregistrer l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="108" />
            <source>Click the ground to place a 100 MW data hall with roof coolers and generators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="100" />
            <source>Click to select; Shift-drag to move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="117" />
            <source>D&amp;uplicate building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="102" />
            <source>Drag a building or a yard to move it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="106" />
            <source>Drag a corner grip of the selected building to resize it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="104" />
            <source>Drag the grip of the selected building to turn it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="370" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="688" />
            <source>EnergyPlus weather (*.epw)</source>
            <translation>Météo EnergyPlus (*.epw)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="93" />
            <source>Export &amp;snapshot…</source>
            <translation>Exporter une &amp;capture…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="54" />
            <source>From Escaudain (eye level)</source>
            <translation>Depuis Escaudain (à hauteur d’yeux)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="55" />
            <source>From Lourches (eye level)</source>
            <translation>Depuis Lourches (à hauteur d’yeux)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="289" />
            <source>Layout checks</source>
            <translation>Contrôles de l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="307" />
            <source>Left-drag: orbit · right-drag: zoom · middle-drag: pan · click: select · Shift-drag: move a building</source>
            <translation>Glisser clic gauche : tourner · clic droit : zoomer · clic milieu : déplacer la vue · clic : sélectionner · Maj + glisser : déplacer un bâtiment</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="620" />
            <source>Load recording (*.csv)</source>
            <translation>Enregistrement de charge (*.csv)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="291" />
            <source>Load, time and weather</source>
            <translation>Charge, temps et météo</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="118" />
            <source>New layout from the empty site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="89" />
            <source>Open a campus layout (GeoJSON)</source>
            <translation>Ouvrir une implantation du campus (GeoJSON)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="274" />
            <source>Open layout</source>
            <translation>Ouvrir une implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="688" />
            <source>Open weather file</source>
            <translation>Ouvrir un fichier météo</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="121" />
            <source>Overlaps, the reserve and the site boundary: refuse the drop instead of warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="52" />
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="290" />
            <source>Plant dashboard</source>
            <translation>Tableau de bord de la centrale</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="289" />
            <source>Properties</source>
            <translation>Propriétés</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="120" />
            <source>Refuse drops that break a hard rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="620" />
            <source>Replay IT load</source>
            <translation>Rejouer la charge informatique</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="105" />
            <source>Resi&amp;ze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="119" />
            <source>Revert to the bundled campus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="279" />
            <source>Save layout</source>
            <translation>Enregistrer l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="92" />
            <source>Save layout &amp;as…</source>
            <translation>Enregistrer l’implantation &amp;sous…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="94" />
            <source>Save the 3-D view as a PNG image</source>
            <translation>Enregistrer la vue 3D en image PNG</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="91" />
            <source>Save the layout</source>
            <translation>Enregistrer l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="253" />
            <source>Saved {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="99" />
            <source>Se&amp;lect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="485" />
            <source>Starting the plant model…</source>
            <translation>Démarrage du modèle de la centrale…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="421" />
            <source>The layout has unsaved changes. Save them first?</source>
            <translation>L’implantation a des modifications non enregistrées. Les enregistrer d’abord ?</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="491" />
            <source>The plant model could not start: {error}</source>
            <translation>Le modèle de la centrale n’a pas pu démarrer : {error}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="53" />
            <source>Top (plan)</source>
            <translation>Dessus (plan)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="420" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="293" />
            <location filename="../../twin/ui/main_window.py" line="356" />
            <source>Views</source>
            <translation>Vues</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="291" />
            <source>Wind and heat</source>
            <translation>Vent et chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="534" />
            <source>return {t} °C</source>
            <translation>retour {t} °C</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="532" />
            <source>supply {t} °C · {flow} kg/s</source>
            <translation>aller {t} °C · {flow} kg/s</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="536" />
            <source>to districts {t} °C · {mw} MW</source>
            <translation>vers les quartiers {t} °C · {mw} MW</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="393" />
            <source>untitled</source>
            <translation>sans titre</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="517" />
            <source>{load} of {capacity} MW (stale)</source>
            <translation>{load} sur {capacity} MW (périmé)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="519" />
            <source>{load} of {capacity} MW IT</source>
            <translation>{load} sur {capacity} MW informatiques</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="443" />
            <source>{mw} MW IT · {halls} data halls · reserve {ha} ha</source>
            <translation>{mw} MW informatiques · {halls} salles informatiques · réserve {ha} ha</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="395" />
            <source>{name}{modified} — Campus Twin {version}</source>
            <translation>{name}{modified} — Campus Twin {version}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="643" />
            <source>{path}: implausible samples left out ({reasons})</source>
            <translation>{path} : valeurs invraisemblables écartées ({reasons})</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="453" />
            <source>✔ No layout problems found.</source>
            <translation>✔ Aucun problème d’implantation.</translation>
        </message>
    </context>
    <context>
        <name>Overlay</name>
        <message>
            <location filename="../../twin/render/overlays.py" line="204" />
            <source>Air warmer than around it (°C)</source>
            <translation>Air plus chaud qu’alentour (°C)</translation>
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="308" />
            <source>No air {k} °C warmer than around it</source>
            <translation>Pas d’air plus chaud de {k} °C qu’alentour</translation>
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="305" />
            <source>Pale veil: air {k} °C warmer than around it, up to {height} m high</source>
            <translation>Voile pâle : air plus chaud de {k} °C qu’alentour, jusqu’à {height} m de haut</translation>
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="323" />
            <location filename="../../twin/render/overlays.py" line="364" />
            <source>Wind speed (m/s)</source>
            <translation>Vitesse du vent (m/s)</translation>
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="381" />
            <source>intake {rise} K</source>
            <translation>air aspiré {rise} °C</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <location filename="../../twin/ui/properties.py" line="153" />
            <source>&lt;span style='color:#2e7d4f'&gt;published&lt;/span&gt;: stated by the operator · &lt;span style='color:#2f6fc0'&gt;derived&lt;/span&gt;: computed from published figures · &lt;span style='color:#b26a00'&gt;assumption&lt;/span&gt;: planning assumption, not published</source>
            <translation>&lt;span style='color:#2e7d4f'&gt;publié&lt;/span&gt; : annoncé par l’exploitant · &lt;span style='color:#2f6fc0'&gt;dérivé&lt;/span&gt; : calculé à partir de chiffres publiés · &lt;span style='color:#b26a00'&gt;hypothèse&lt;/span&gt; : hypothèse d’étude, non publiée</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="160" />
            <location filename="../../twin/ui/properties.py" line="179" />
            <source>Click a building to see its figures.</source>
            <translation>Cliquez sur un bâtiment pour voir ses chiffres.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="46" />
            <source>Cooling plant</source>
            <translation>Centrale de refroidissement</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="44" />
            <source>Data hall</source>
            <translation>Salle informatique</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="49" />
            <source>Gatehouse</source>
            <translation>Poste de garde</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="47" />
            <source>Heat-recovery plant</source>
            <translation>Centrale de récupération de chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="48" />
            <source>Offices, training, incubator</source>
            <translation>Bureaux, formation, incubateur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="151" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="45" />
            <source>Substation</source>
            <translation>Poste électrique</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="151" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="54" />
            <source>adiabatic (evaporative assist)</source>
            <translation>adiabatique (appoint par évaporation)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="39" />
            <source>assumption</source>
            <translation>hypothèse</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="55" />
            <source>chillers</source>
            <translation>groupes froids</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="38" />
            <source>derived</source>
            <translation>dérivé</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="53" />
            <source>direct liquid cooling + dry coolers</source>
            <translation>refroidissement liquide direct + aéroréfrigérants secs</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="52" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="37" />
            <source>published</source>
            <translation>publié</translation>
        </message>
    </context>
    <context>
        <name>PropertyEditor</name>
        <message>
            <location filename="../../twin/ui/properties.py" line="273" />
            <source>from {low} to {high} {unit}</source>
            <translation>de {low} à {high} {unit}</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../twin/ui/editing.py" line="252" />
            <source>Not published: a planning assumption of this study, used by the layout checks.</source>
            <translation>Non publié : une hypothèse d’étude, utilisée par les contrôles de l’implantation.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="245" />
            <source>Setback from the boundary (planning assumption)</source>
            <translation>Recul par rapport à la limite (hypothèse d’étude)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="244" />
            <source>Spacing between halls (planning assumption)</source>
            <translation>Espacement entre salles (hypothèse d’étude)</translation>
        </message>
    </context>
    <context>
        <name>Scene</name>
        <message>
            <location filename="../../twin/render/scene.py" line="418" />
            <source>Homes · {commune}</source>
            <translation>Habitations · {commune}</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="250" />
            <source>{name}
{mw} MW IT</source>
            <translation>{name}
{mw} MW informatiques</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="514" />
            <source>{name} · {ha} ha · ~{trees} trees</source>
            <translation>{name} · {ha} ha · ~{trees} arbres</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="459" />
            <source>{place}
{km} km {direction}</source>
            <translation>{place}
{km} km {direction}</translation>
        </message>
    </context>
    <context>
        <name>Snapshot</name>
        <message>
            <location filename="../../twin/commands/snapshot.py" line="85" />
            <source>given on the command line</source>
            <translation>donné en ligne de commande</translation>
        </message>
        <message>
            <location filename="../../twin/commands/snapshot.py" line="101" />
            <source>wrote {out} ({w}x{h}, camera {camera}{overlays}, airflow {state})</source>
            <translation>écrit {out} ({w}x{h}, caméra {camera}{overlays}, écoulement d’air {state})</translation>
        </message>
    </context>
    <context>
        <name>SnapshotDialog</name>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="33" />
            <source>As the view ({w}x{h})</source>
            <translation>Comme la vue ({w}x{h})</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="31" />
            <source>Export snapshot</source>
            <translation>Exporter une capture</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="38" />
            <source>Image size</source>
            <translation>Taille de l’image</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../twin/model/validation.py" line="253" />
            <source>IT capacity {total:.0f} MW at PUE {pue:g} draws {draw:.0f} MW, more than the grid connection of {grid:.0f} MW</source>
            <translation>une puissance informatique de {total:.0f} MW avec un PUE de {pue:g} appelle {draw:.0f} MW, plus que le raccordement de {grid:.0f} MW</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="196" />
            <source>buildings take {lost:.2f} ha of the reserve: {area:.1f} ha left of the announced {target:g} ha</source>
            <translation>les bâtiments prennent {lost:.2f} ha à la réserve : il reste {area:.1f} ha sur les {target:g} ha annoncés</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="192" />
            <source>reserve area is {area:.1f} ha, far from the announced {target:g} ha</source>
            <translation>la réserve fait {area:.1f} ha, loin des {target:g} ha annoncés</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="188" />
            <source>the nature reserve extends outside the site boundary</source>
            <translation>la réserve naturelle dépasse la limite du site</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="248" />
            <source>total IT capacity {total:.0f} MW exceeds the grid connection of {grid:.0f} MW</source>
            <translation>la puissance informatique totale de {total:.0f} MW dépasse le raccordement de {grid:.0f} MW</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="232" />
            <source>{first} and {second} are {gap:.0f} m apart; the minimum spacing between halls is {spacing:g} m (planning assumption)</source>
            <translation>{first} et {second} sont à {gap:.0f} m l’un de l’autre ; l’espacement minimal entre salles est de {spacing:g} m (hypothèse d’étude)</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="226" />
            <source>{first} overlaps {second}</source>
            <translation>{first} chevauche {second}</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="217" />
            <source>{name} encroaches on the nature reserve ({area:,.0f} m²)</source>
            <translation>{name} empiète sur la réserve naturelle ({area:,.0f} m²)</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="242" />
            <source>{name} is {distance:.0f} m from the facility-water mains: no pipe serves it</source>
            <translation>{name} est à {distance:.0f} m du réseau d’eau de refroidissement : aucun tuyau ne le dessert</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="211" />
            <source>{name} is {distance:.0f} m from the site boundary; the setback is {setback:g} m (planning assumption)</source>
            <translation>{name} est à {distance:.0f} m de la limite du site ; le recul est de {setback:g} m (hypothèse d’étude)</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="206" />
            <source>{name} lies partly outside the site boundary</source>
            <translation>{name} dépasse en partie la limite du site</translation>
        </message>
    </context>
    <context>
        <name>twin</name>
        <message>
            <location filename="../../twin/commands/year.py" line="116" />
            <source>--speed-edges must be numbers separated by commas: {text}</source>
            <translation>--speed-edges doit être une liste de nombres séparés par des virgules : {text}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/__init__.py" line="44" />
            <location filename="../../twin/commands/run.py" line="38" />
            <source>Cannot open layout</source>
            <translation>Impossible d’ouvrir l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="196" />
            <source>annual PUE by hall: {halls}</source>
            <translation>PUE annuel par salle : {halls}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="193" />
            <source>annual PUE {pue}; hottest hour {hour} at {temp:.1f} C: PUE {peak}</source>
            <translation>PUE annuel {pue} ; heure la plus chaude {hour} à {temp:.1f} °C : PUE {peak}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="198" />
            <source>chiller hours {ch:.0f}, free-cooling hours {fc:.0f}, adiabatic hours {ad:.0f}</source>
            <translation>heures de groupes froids {ch:.0f}, heures de refroidissement naturel {fc:.0f}, heures adiabatiques {ad:.0f}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="93" />
            <location filename="../../twin/commands/year.py" line="150" />
            <source>error: {message}</source>
            <translation>erreur : {message}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="203" />
            <source>heat exported {mwh:.0f} MWh ~ {homes} homes ({assumption}); export line {km:.2f} km, {loss:.0f} MWh lost to the ground</source>
            <translation>chaleur exportée {mwh:.0f} MWh ≈ {homes} foyers ({assumption}) ; conduite d’export {km:.2f} km, {loss:.0f} MWh perdus dans le sol</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="201" />
            <source>heat exported: none</source>
            <translation>chaleur exportée : aucune</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="190" />
            <source>mean intake rise: {rises}</source>
            <translation>réchauffement moyen de l’air aspiré : {rises}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="178" />
            <source>no data</source>
            <translation>pas de données</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="185" />
            <source>recirculation: airflow solver, {cases} wind cases ({sectors} sectors; {solved} solved now, {cached} from cache) on a {dx:g} m x {dz:g} m grid</source>
            <translation>recirculation : calcul d’écoulement, {cases} cas de vent ({sectors} secteurs ; {solved} calculés maintenant, {cached} en cache) sur une grille de {dx:g} m x {dz:g} m</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="192" />
            <source>recirculation: {source}</source>
            <translation>recirculation : {source}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="209" />
            <source>sweep {sweep:.1f} s, plant year {plant:.1f} ms</source>
            <translation>balayage {sweep:.1f} s, année de la centrale {plant:.1f} ms</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="165" />
            <source>warning: {message}</source>
            <translation>avertissement : {message}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="207" />
            <source>water used {m3:.0f} m3</source>
            <translation>eau consommée {m3:.0f} m3</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="182" />
            <source>weather: {source}</source>
            <translation>météo : {source}</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="55" />
            <source>Cannot export snapshot</source>
            <translation>Impossible d’exporter la capture</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="71" />
            <source>Export snapshot</source>
            <translation>Exporter une capture</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="72" />
            <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
            <translation>Image PNG (*.png);;Image JPEG (*.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="60" />
            <source>Snapshot {w}x{h} written to {path}</source>
            <translation>Capture {w}x{h} écrite dans {path}</translation>
        </message>
    </context>
</TS>
