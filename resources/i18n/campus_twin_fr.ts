<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Airflow</name>
        <message>
            <location filename="../../twin/sim/airflow/domain.py" line="348" />
            <source>A {dx:g} m x {dz:g} m grid over this site needs {cells:,} cells, more than the budget of {budget:,}; the solver would slow far below its usual speed. Choose cells of about {fit:.0f} m or more (or raise max_cells).</source>
            <translation>Une grille de {dx:g} m x {dz:g} m sur ce site demande {cells:,} cellules, plus que le budget de {budget:,} ; le calcul serait bien plus lent que d’habitude. Choisissez des cellules d’environ {fit:.0f} m ou plus (ou augmentez max_cells).</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/solver.py" line="1369" />
            <source>airflow field INVALID: {n} roll-backs in a row (last: {reason} at t={t:.0f} s); the solver stopped. Change the wind, the layout or the resolution to restart it.</source>
            <translation>champ d’écoulement NON VALABLE : {n} retours en arrière de suite (dernier : {reason} à t={t:.0f} s) ; le calcul s’est arrêté. Changez le vent, l’implantation ou la résolution pour le relancer.</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="603" />
            <source>airflow solver error, paused: {error}</source>
            <translation>erreur du calcul d’écoulement, en pause : {error}</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="577" />
            <source>airflow solver failed to start: {error}</source>
            <translation>le calcul d’écoulement n’a pas pu démarrer : {error}</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/solver.py" line="1374" />
            <source>airflow step rejected at t={t:.0f} s ({reason}); rolled back to the last good state (t={t0:.0f} s) and retrying with a step of {dt:.2g} s</source>
            <translation>pas de calcul rejeté à t={t:.0f} s ({reason}) ; retour au dernier état valable (t={t0:.0f} s) et nouvel essai avec un pas de {dt:.2g} s</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="508" />
            <source>on_frame callback failed: {error}</source>
            <translation>échec du rappel on_frame : {error}</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="81" />
            <source>{text} ({n} times)</source>
            <translation>{text} ({n} fois)</translation>
        </message>
    </context>
    <context>
        <name>AirflowPanel</name>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="192" />
            <source> m above ground</source>
            <translation> m au-dessus du sol</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="194" />
            <source>Air</source>
            <translation>Air</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="237" />
            <source>Air over the nature reserve: {rise} K vs ambient
Strongest wind at pedestrian height: {wind} m/s</source>
            <translation>Air au-dessus de la réserve naturelle : {rise} °C par rapport à l’air ambiant
Vent le plus fort à hauteur de piéton : {wind} m/s</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="233" />
            <source>Air over the nature reserve: —
Strongest wind at pedestrian height: — (the field is invalid)</source>
            <translation>Air au-dessus de la réserve naturelle : —
Vent le plus fort à hauteur de piéton : — (le champ n’est pas valable)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="180" />
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="187" />
            <source>Cells of 4 m: building-scale detail, about four times the cells of the default grid, so the solver runs about four times slower</source>
            <translation>Mailles de 4 m : le détail à l'échelle des bâtiments, environ quatre fois plus de mailles que la grille par défaut, donc un calcul environ quatre fois plus lent</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="179" />
            <source>Direction the wind blows from, clockwise from north (240° = WSW, the prevailing wind)</source>
            <translation>Direction d’où vient le vent, dans le sens horaire depuis le nord (240° = OSO, le vent dominant)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="193" />
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="51" />
            <source>INVALID — the solver gave up after repeated roll-backs. The overlays show the last good field, greyed, and its recirculation is not passed to the plant. Change the wind, the layout or the resolution to restart it.</source>
            <translation>NON VALABLE — le calcul a abandonné après des retours en arrière répétés. Les calques montrent le dernier champ valable, grisé, et sa recirculation n’est pas transmise à la centrale. Changez le vent, l’implantation ou la résolution pour le relancer.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="43" />
            <source>Intake temperature rise per hall</source>
            <translation>Air aspiré : réchauffement par salle</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="182" />
            <location filename="../../twin/ui/airflow_panel.py" line="280" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="41" />
            <source>Plume (air 2 °C warmer)</source>
            <translation>Panache (air plus chaud de 2 °C)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="194" />
            <source>Resolution</source>
            <translation>Résolution</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="182" />
            <location filename="../../twin/ui/airflow_panel.py" line="280" />
            <source>Run</source>
            <translation>Lancer</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="189" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="194" />
            <source>Showing</source>
            <translation>Affiché</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="181" />
            <source>Solver</source>
            <translation>Calcul</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="183" />
            <source>Step</source>
            <translation>Pas à pas</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="40" />
            <source>Vertical slice along the wind</source>
            <translation>Coupe verticale dans le sens du vent</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="39" />
            <source>Warm air at a height</source>
            <translation>Air chaud à une hauteur donnée</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="177" />
            <source>Wind and air</source>
            <translation>Vent et air</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="42" />
            <source>Wind arrows</source>
            <translation>Flèches de vent</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="194" />
            <source>Wind from</source>
            <translation>Vent venant de</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="194" />
            <source>Wind speed</source>
            <translation>Vitesse du vent</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="29" />
            <source>coarse (12 m)</source>
            <translation>grossière (12 m)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="30" />
            <source>default (8 m)</source>
            <translation>par défaut (8 m)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="32" />
            <source>detailed (4 m, slower)</source>
            <translation>détaillée (4 m, plus lente)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="31" />
            <source>fine (6 m)</source>
            <translation>fine (6 m)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="48" />
            <source>first look — the previous wind fitted to the new layout; refining…</source>
            <translation>premier aperçu — le vent précédent adapté à la nouvelle implantation ; affinage en cours…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="178" />
            <source>follow the weather being played</source>
            <translation>suivre la météo en cours de lecture</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="50" />
            <source>settled — the statistics of the flow no longer change</source>
            <translation>stabilisé — l’écoulement ne change plus en moyenne</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="55" />
            <source>settling — rolled back {n} times since the last edit, so not called settled</source>
            <translation>en cours de stabilisation — {n} retours en arrière depuis la dernière modification, donc pas déclaré stabilisé</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="49" />
            <source>settling — the flow is still adjusting</source>
            <translation>en cours de stabilisation — l’écoulement s’ajuste encore</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="115" />
            <location filename="../../twin/ui/airflow_panel.py" line="200" />
            <source>starting…</source>
            <translation>démarrage…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="262" />
            <source>{cells} cells · {rtf}</source>
            <translation>{cells} cellules · {rtf}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="260" />
            <source>{factor}× faster than real time</source>
            <translation>{factor} fois plus vite que le temps réel</translation>
        </message>
    </context>
    <context>
        <name>Animate</name>
        <message>
            <location filename="../../twin/commands/animate.py" line="114" />
            <source>--pvd needs --kind day, a .pvd file name and a positive --pvd-every</source>
            <translation>--pvd demande --kind day, un nom de fichier .pvd et un --pvd-every positif</translation>
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="144" />
            <source>cancelled: {out} was not written</source>
            <translation>annulé : {out} n’a pas été écrit</translation>
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="147" />
            <source>failed, {out} was not written: {error}</source>
            <translation>échec, {out} n’a pas été écrit : {error}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="134" />
            <source>rendering {kind}</source>
            <translation>rendu en cours : {kind}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="132" />
            <source>settling the airflow on the layout's design weather…</source>
            <translation>stabilisation de l’écoulement d’air avec la météo de conception de l’implantation…</translation>
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="150" />
            <source>wrote {out} ({frames} frames, {w}x{h} at {fps:g} fps, {seconds:g} s) in {elapsed:.1f} s</source>
            <translation>écrit {out} ({frames} images, {w}x{h} à {fps:g} images/s, {seconds:g} s) en {elapsed:.1f} s</translation>
        </message>
    </context>
    <context>
        <name>AnimationDialog</name>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="73" />
            <source>25 July 2019 heat wave</source>
            <translation>Canicule du 25 juillet 2019</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="53" />
            <source>A day on the campus (24 h simulated)</source>
            <translation>Une journée sur le campus (24 h simulées)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="56" />
            <source>Animation</source>
            <translation>Animation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="78" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="50" />
            <source>Export animation</source>
            <translation>Exporter une animation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="61" />
            <source>Frame size</source>
            <translation>Taille des images</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="65" />
            <source>Frames per second</source>
            <translation>Images par seconde</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="70" />
            <source>Length</source>
            <translation>Durée</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="54" />
            <source>Orbit around the campus</source>
            <translation>Tour complet autour du campus</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="86" />
            <source>Overlays</source>
            <translation>Calques</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="54" />
            <source>Tour of the views</source>
            <translation>Tour des vues</translation>
        </message>
    </context>
    <context>
        <name>AnimationExport</name>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="176" />
            <source>Animation written to {path} ({n} frames in {s:.0f} s)</source>
            <translation>Animation écrite dans {path} ({n} images en {s:.0f} s)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="140" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="158" />
            <source>Cancelled: {name} was not written.</source>
            <translation>Annulé : {name} n’a pas été écrit.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="142" />
            <source>Export animation</source>
            <translation>Exporter une animation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="187" />
            <source>Rendering {name}: frame {done} of {total}, about {left:.0f} s left</source>
            <translation>Rendu de {name} : image {done} sur {total}, environ {left:.0f} s restantes</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="140" />
            <source>Rendering {name}…</source>
            <translation>Rendu de {name}…</translation>
        </message>
    </context>
    <context>
        <name>AutoSaver</name>
        <message>
            <location filename="../../twin/ui/recovery.py" line="74" />
            <source>Autosave failed ({reason}): unsaved edits are not protected</source>
            <translation>Échec de l’enregistrement automatique ({reason}) : les modifications non enregistrées ne sont pas protégées</translation>
        </message>
    </context>
    <context>
        <name>Caption</name>
        <message>
            <location filename="../../twin/render/snapshot.py" line="396" />
            <source>(in memory)</source>
            <translation>(en mémoire)</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="830" />
            <source>INVALID (not the conditions shown)</source>
            <translation>NON VALABLE (pas les conditions affichées)</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="471" />
            <source>IT</source>
            <translation>Informatique</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="854" />
            <source>Layout {file} · rendered {when} UTC</source>
            <translation>Implantation {file} · rendu le {when} UTC</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="781" />
            <source>Layout: planning assumption (the real plan is not published).  Published: 38 ha, up to 700 MW, 6 ha reserve, PUE 1.2.</source>
            <translation>Implantation : hypothèse d’étude (le plan réel n’est pas publié).  Publié : 38 ha, jusqu’à 700 MW, réserve de 6 ha, PUE 1,2.</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="862" />
            <source>Overlays: {overlays} · airflow {state}</source>
            <translation>Calques : {overlays} · écoulement d’air {state}</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="472" />
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="783" />
            <source>Pipes: red = facility water supply, blue = return, orange = district-heat export supply, violet = its return.</source>
            <translation>Tuyaux : rouge = eau de refroidissement aller, bleu = retour, orange = chaleur vers le réseau urbain (aller), violet = son retour.</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="366" />
            <source>Tour:</source>
            <translation>Visite :</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="857" />
            <source>Wind from {direction:.0f}° ({compass}) at {speed} m/s, air {air} °C · {source}</source>
            <translation>Vent de {direction:.0f}° ({compass}) à {speed} m/s, air {air} °C · {source}</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="758" />
            <source>Wind from {direction:.0f}° at {speed} m/s, air {air} °C · airflow {tier} after {time:.0f} s simulated</source>
            <translation>Vent de {direction:.0f}° à {speed} m/s, air {air} °C · écoulement d’air {tier} après {time:.0f} s simulées</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="473" />
            <source>heat exported</source>
            <translation>chaleur exportée</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="842" />
            <source>intake air rise per hall</source>
            <translation>réchauffement de l’air aspiré par bâtiment</translation>
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="387" />
            <source>layout design scenario</source>
            <translation>scénario de conception de l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="195" />
            <source>non-finite field</source>
            <translation>champ non fini (valeurs invalides)</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="861" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="831" />
            <source>off</source>
            <translation>arrêté</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="840" />
            <source>plume</source>
            <translation>panache</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="828" />
            <source>settled</source>
            <translation>stabilisé</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="829" />
            <source>settling (indicative)</source>
            <translation>en cours de stabilisation (indicatif)</translation>
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="190" />
            <source>stale: conditions changed</source>
            <translation>périmé : les conditions ont changé</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="839" />
            <source>vertical slice along the wind</source>
            <translation>coupe verticale dans le sens du vent</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="838" />
            <source>warm air at a height</source>
            <translation>air chaud à une hauteur donnée</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="841" />
            <source>wind arrows</source>
            <translation>flèches de vent</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="504" />
            <source>{load:.0f} of {capacity:g} MW IT</source>
            <translation>{load:.0f} sur {capacity:g} MW informatiques</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="473" />
            <source>{mw} MW (~{homes} homes' use)</source>
            <translation>{mw} MW (~ la consommation de {homes} foyers)</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="777" />
            <source>{name}  ·  {mw:.0f} MW IT in {halls} data halls</source>
            <translation>{name}  ·  {mw:.0f} MW informatiques dans {halls} salles informatiques</translation>
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="181" />
            <source>{time:.0f} s simulated</source>
            <translation>{time:.0f} s simulées</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="852" />
            <source>{when} · layout {file}</source>
            <translation>{when} · implantation {file}</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../twin/model/commands.py" line="473" />
            <source>Add {name}</source>
            <translation>Ajouter {name}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="715" />
            <source>Cooler height</source>
            <translation>Hauteur des aéroréfrigérants</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="706" />
            <source>Cooling</source>
            <translation>Refroidissement</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="157" />
            <source>Cooling plant</source>
            <translation>Centrale de refroidissement</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="156" />
            <source>Data hall</source>
            <translation>Salle informatique</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="203" />
            <source>Data hall {n}</source>
            <translation>Salle informatique {n}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="486" />
            <source>Delete {name}</source>
            <translation>Supprimer {name}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="523" />
            <source>Duplicate {name}</source>
            <translation>Dupliquer {name}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="161" />
            <source>Gatehouse</source>
            <translation>Poste de garde</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="719" />
            <source>Generator rating</source>
            <translation>Puissance des groupes électrogènes</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="717" />
            <source>Generators</source>
            <translation>Groupes électrogènes</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="709" />
            <source>Heat rejection</source>
            <translation>Rejet de chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="159" />
            <source>Heat-recovery plant</source>
            <translation>Centrale de récupération de chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="713" />
            <source>Heat-rejection position</source>
            <translation>Position du rejet de chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="700" />
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="705" />
            <source>IT capacity</source>
            <translation>Puissance informatique</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="664" />
            <source>Move cooler yard of {name}</source>
            <translation>Déplacer l’aire des aéroréfrigérants de {name}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="670" />
            <source>Move generator yard of {name}</source>
            <translation>Déplacer l’aire des groupes électrogènes de {name}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="531" />
            <source>Move {name}</source>
            <translation>Déplacer {name}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="699" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="921" />
            <source>New layout</source>
            <translation>Nouvelle implantation</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="922" />
            <source>New layout from the empty site</source>
            <translation>Nouvelle implantation sur le site vide</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="160" />
            <source>Offices and training</source>
            <translation>Bureaux et formation</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="628" />
            <source>Resize {name} to {w} × {d} m</source>
            <translation>Redimensionner {name} à {w} × {d} m</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="565" />
            <source>Rotate {name} by {angle}°</source>
            <translation>Tourner {name} de {angle}°</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="820" />
            <source>Set {label} of {name} to {value}</source>
            <translation>Régler {label} de {name} à {value}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="914" />
            <source>Set {title} to {value:g} {unit}</source>
            <translation>Régler {title} à {value:g} {unit}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="701" />
            <source>Storeys</source>
            <translation>Niveaux</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="158" />
            <source>Substation</source>
            <translation>Poste électrique</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="911" />
            <source>The {title} must be between {low:g} and {high:g} {unit}, got {value}</source>
            <translation>{title} doit être entre {low:g} et {high:g} {unit} ; valeur reçue : {value}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="728" />
            <source>adiabatic (evaporative assist)</source>
            <translation>adiabatique (appoint par évaporation)</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="731" />
            <source>adiabatic coolers</source>
            <translation>refroidisseurs adiabatiques</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="729" />
            <source>chillers</source>
            <translation>groupes froids</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="732" />
            <source>cooling towers</source>
            <translation>tours aéroréfrigérantes</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="727" />
            <source>direct liquid cooling + dry coolers</source>
            <translation>refroidissement liquide direct + aéroréfrigérants secs</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="730" />
            <source>dry coolers</source>
            <translation>aéroréfrigérants secs</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="896" />
            <source>grid connection</source>
            <translation>raccordement au réseau électrique</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="894" />
            <source>minimum spacing between halls</source>
            <translation>espacement minimal entre salles</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="726" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="450" />
            <source>return</source>
            <translation>retour</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="733" />
            <source>roof</source>
            <translation>toit</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="895" />
            <source>setback from the site boundary</source>
            <translation>recul par rapport à la limite du site</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="450" />
            <source>supply</source>
            <translation>aller</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="903" />
            <source>the scenario has no editable rule {field}</source>
            <translation>le scénario n’a pas de règle modifiable {field}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="783" />
            <source>the {label} must be at most 60 characters, got {n}</source>
            <translation>{label} doit faire au plus 60 caractères ; reçu : {n}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="781" />
            <source>the {label} must not be empty</source>
            <translation>{label} ne doit pas être vide</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="734" />
            <source>yard</source>
            <translation>aire au sol</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="795" />
            <source>{label} must be a finite number, got {value}</source>
            <translation>{label} doit être un nombre fini ; reçu : {value}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="793" />
            <source>{label} must be a number, got {value!r}</source>
            <translation>{label} doit être un nombre ; reçu : {value!r}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="798" />
            <source>{label} must be a whole number, got {value:g}</source>
            <translation>{label} doit être un nombre entier ; reçu : {value:g}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="802" />
            <source>{label} must be between {low:g} and {high:g}{unit}, got {value:g}{unit}</source>
            <translation>{label} doit être entre {low:g} et {high:g}{unit} ; reçu : {value:g}{unit}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="788" />
            <source>{label} must be one of {choices}, got {value!r}</source>
            <translation>{label} doit être l’un de {choices} ; reçu : {value!r}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="453" />
            <source>{name} branch, {role}</source>
            <translation>branche {name}, {role}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="668" />
            <source>{name} has no generator yard to move</source>
            <translation>{name} n’a pas d’aire de groupes électrogènes à déplacer</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="659" />
            <source>{name} has no heat-rejection equipment to move</source>
            <translation>{name} n’a pas d’équipement de rejet de chaleur à déplacer</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="586" />
            <source>{name}: footprint sides must be between {low:g} and {high:g} m, got {value} m</source>
            <translation>{name} : les côtés de l’emprise doivent mesurer entre {low:g} et {high:g} m ; reçu : {value} m</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="672" />
            <source>{name}: no part called {part!r} can move on its own</source>
            <translation>{name} : aucune partie nommée {part!r} ne peut être déplacée seule</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="661" />
            <source>{name}: roof coolers move with their roof; set their position to yard first</source>
            <translation>{name} : les aéroréfrigérants en toiture suivent leur toit ; placez-les d’abord au sol</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="562" />
            <source>{name}: the rotation must be a number of degrees</source>
            <translation>{name} : la rotation doit être un nombre de degrés</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="760" />
            <source>{name}: {field} cannot be edited here</source>
            <translation>{name} : {field} ne peut pas être modifié ici</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="775" />
            <source>{name}: {what}</source>
            <translation>{name} : {what}</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="808" />
            <source>{storeys} storeys in {height} m leaves {per} m a storey; at least 3 m is needed</source>
            <translation>{storeys} niveaux dans {height} m laissent {per} m par niveau ; il faut au moins 3 m</translation>
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="208" />
            <source>{title} {n}</source>
            <translation>{title} {n}</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <location filename="../../twin/ui/compare.py" line="143" />
            <source>B - A</source>
            <translation>B - A</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="277" />
            <source>B is a copy of A: edit it, then compare.</source>
            <translation>B est une copie de A : modifiez-la, puis comparez.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="256" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="182" />
            <source>Campus layout (*.geojson *.json)</source>
            <translation>Implantation du campus (*.geojson *.json)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="173" />
            <source>Cannot open layout</source>
            <translation>Impossible d’ouvrir l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="295" />
            <source>Compare over a year</source>
            <translation>Comparer sur une année</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="278" />
            <source>Compare the two layouts over a year.</source>
            <translation>Comparer les deux implantations sur une année.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="220" />
            <source>Comparing: the airflow solver sweeps the wind rose for each layout (minutes the first time, instant from the cache)…</source>
            <translation>Comparaison en cours : le calcul d’écoulement parcourt la rose des vents pour chaque implantation (quelques minutes la première fois, immédiat depuis le cache)…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="137" />
            <source>Duplicate as alternative &amp;B</source>
            <translation>Dupliquer comme variante &amp;B</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="136" />
            <source>Duplicate as alternative B</source>
            <translation>Dupliquer en variante B</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="141" />
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="142" />
            <source>Export PNG…</source>
            <translation>Exporter en PNG…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="256" />
            <location filename="../../twin/ui/compare.py" line="261" />
            <source>Export comparison</source>
            <translation>Exporter la comparaison</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="285" />
            <source>One layout. Duplicate it or open another as alternative B.</source>
            <translation>Une seule implantation. Dupliquez-la ou ouvrez-en une autre comme variante B.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="182" />
            <source>Open layout as B</source>
            <translation>Ouvrir une implantation comme B</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="138" />
            <source>Open layout as B…</source>
            <translation>Ouvrir un fichier comme B…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="326" />
            <source>Over {weather}; recirculation from {cases} wind cases on a {dx:g} m grid.</source>
            <translation>Sur {weather} ; recirculation issue de {cases} cas de vent sur une grille de {dx:g} m.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="261" />
            <source>PNG image (*.png)</source>
            <translation>Image PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="287" />
            <source>Showing alternative {which} ({key} switches)</source>
            <translation>Variante {which} affichée ({key} pour basculer)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="139" />
            <source>Switch A/B ({key})</source>
            <translation>Basculer A/B ({key})</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="140" />
            <source>Switch between alternatives A and B</source>
            <translation>Basculer entre les variantes A et B</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="315" />
            <source>The comparison failed: {error}</source>
            <translation>La comparaison a échoué : {error}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="295" />
            <source>Year figures of this layout</source>
            <translation>Chiffres sur une année</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="143" />
            <source>figure</source>
            <translation>chiffre</translation>
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="143" />
            <source>verdict</source>
            <translation>verdict</translation>
        </message>
    </context>
    <context>
        <name>Compass</name>
        <message>
            <location filename="../../twin/render/scene.py" line="134" />
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="134" />
            <source>ENE</source>
            <translation>ENE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="135" />
            <source>ESE</source>
            <translation>ESE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="134" />
            <location filename="../../twin/render/scene.py" line="514" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="134" />
            <source>NE</source>
            <translation>NE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="134" />
            <source>NNE</source>
            <translation>NNE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="137" />
            <source>NNW</source>
            <translation>NNO</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="136" />
            <source>NW</source>
            <translation>NO</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="135" />
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="135" />
            <source>SE</source>
            <translation>SE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="135" />
            <source>SSE</source>
            <translation>SSE</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="135" />
            <source>SSW</source>
            <translation>SSO</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="136" />
            <source>SW</source>
            <translation>SO</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="136" />
            <source>W</source>
            <translation>O</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="136" />
            <source>WNW</source>
            <translation>ONO</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="136" />
            <source>WSW</source>
            <translation>OSO</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="173" />
            <source> · water used {m3} m³</source>
            <translation> · eau consommée {m3} m³</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="129" />
            <source>Heat delivered to the district line. Homes: the yearly heat of one home is taken as {mwh} MWh (ADEME: 1 TWh/yr ~ 100,000 homes).</source>
            <translation>Chaleur livrée au réseau de chaleur urbain. Foyers : on compte {mwh} MWh de chaleur par foyer et par an (ADEME : 1 TWh/an ≈ 100 000 foyers).</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="118" />
            <source>Heat exported</source>
            <translation>Chaleur exportée</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="114" />
            <source>IT</source>
            <translation>Informatique</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="114" />
            <location filename="../../twin/ui/dashboard.py" line="126" />
            <location filename="../../twin/ui/dashboard.py" line="162" />
            <source>IT load</source>
            <translation>Charge informatique</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="170" />
            <source>IT load on free cooling · chillers on in {on} of {halls} halls</source>
            <translation>charge informatique en refroidissement naturel · groupes froids en marche dans {on} salles sur {halls}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="162" />
            <source>IT load · some halls stale</source>
            <translation>charge informatique · données périmées pour certaines salles</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="119" />
            <source>Load on free cooling</source>
            <translation>Charge en refroidissement naturel</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="115" />
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="124" />
            <location filename="../../twin/ui/dashboard.py" line="158" />
            <source>PUE now</source>
            <translation>PUE actuel</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="160" />
            <source>PUE now · no IT load reported</source>
            <translation>PUE actuel · aucune charge informatique transmise</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="69" />
            <location filename="../../twin/ui/dashboard.py" line="146" />
            <source>Starting the plant model…</source>
            <translation>Démarrage du modèle de la centrale…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="116" />
            <source>Temperatures</source>
            <translation>Températures</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="125" />
            <source>Total facility power / IT power, from the plant model (target 1.2, published)</source>
            <translation>Puissance totale du site / puissance informatique, d’après le modèle de la centrale (objectif 1,2, publié)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="119" />
            <location filename="../../twin/ui/dashboard.py" line="131" />
            <source>free cooling</source>
            <translation>refroidissement naturel</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="127" />
            <source>heat exported</source>
            <translation>chaleur exportée</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="168" />
            <source>heat exported · at this rate ≈ {homes} homes heated</source>
            <translation>chaleur exportée · à ce rythme ≈ {homes} foyers chauffés</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="165" />
            <source>heat exported · none now</source>
            <translation>chaleur exportée · aucune en ce moment</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="156" />
            <source>no data</source>
            <translation>pas de données</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="116" />
            <source>outside</source>
            <translation>extérieur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="132" />
            <source>outside air</source>
            <translation>air extérieur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="177" />
            <source>outside air · RH {rh} %</source>
            <translation>air extérieur · humidité {rh} %</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="118" />
            <source>to districts</source>
            <translation>vers les quartiers</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="117" />
            <source>water return</source>
            <translation>eau retour</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="116" />
            <source>water supply</source>
            <translation>eau aller</translation>
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="179" />
            <source>{when} · load: {source} · weather: {weather}</source>
            <translation>{when} · charge : {source} · météo : {weather}</translation>
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
            <translation>Glisser clic gauche : tourner · clic droit : zoomer · clic milieu : déplacer la vue</translation>
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
            <translation>tirer une poignée d’angle ; la surface s’affiche en direct</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="189" />
            <source>drag the blue grip; snaps to 5° and to the site axes, Ctrl for a free angle</source>
            <translation>tirer la poignée bleue ; s’aligne par pas de 5° et sur les axes du site, Ctrl pour un angle libre</translation>
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
            <translation>outils déplacer, tourner, redimensionner ; retour à la sélection</translation>
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
            <translation>le sélectionner ; ses chiffres apparaissent dans le panneau Propriétés, où ils se modifient</translation>
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
            <location filename="../../twin/commands/export.py" line="91" />
            <source>  step {step}: {time:.0f} s simulated, {tier}</source>
            <translation>  pas {step} : {time:.0f} s simulées, {tier}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/export.py" line="52" />
            <source>--hours must be between 0 and 8784, got {h:g}</source>
            <translation>--hours doit être entre 0 et 8784 ; reçu : {h:g}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="34" />
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <location filename="../../twin/io/export/provenance.py" line="23" />
            <source>bundled: {name}</source>
            <translation>fournie : {name}</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="98" />
            <source>clip length must be 0.1 to 3600 s, got {s:g}</source>
            <translation>la durée du clip doit être de 0,1 à 3600 s ; reçu : {s:g}</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="103" />
            <location filename="../../twin/commands/export.py" line="121" />
            <source>date must look like 2030-07-25, got {date!r}</source>
            <translation>la date doit avoir la forme 2030-07-25 ; reçu : {date!r}</translation>
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="96" />
            <source>frames per second must be 1 to 120, got {fps:g}</source>
            <translation>le nombre d’images par seconde doit être de 1 à 120 ; reçu : {fps:g}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="35" />
            <source>heat exported</source>
            <translation>chaleur exportée</translation>
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="276" />
            <source>image size must be 16 to 8192 pixels a side, got {w}x{h}</source>
            <translation>la taille de l’image doit être de 16 à 8192 pixels de côté ; reçu : {w}x{h}</translation>
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
            <location filename="../../twin/render/animation.py" line="94" />
            <source>unknown animation kind {kind!r}; choose day, tour or orbit</source>
            <translation>type d’animation inconnu {kind!r} ; choisissez day, tour ou orbit</translation>
        </message>
        <message>
            <location filename="../../twin/commands/sheet.py" line="60" />
            <source>wrote {out}</source>
            <translation>écrit {out}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/export.py" line="71" />
            <source>wrote {out} (buildings, Lambert-93 metres)</source>
            <translation>écrit {out} (bâtiments, mètres Lambert-93)</translation>
        </message>
        <message>
            <location filename="../../twin/commands/export.py" line="66" />
            <source>wrote {out} (glTF 2.0 binary, metres, site local frame)</source>
            <translation>écrit {out} (glTF 2.0 binaire, mètres, repère local du site)</translation>
        </message>
        <message>
            <location filename="../../twin/commands/export.py" line="100" />
            <source>wrote {out} ({nx}x{ny}x{nz} points, airflow {state}) and {buildings}</source>
            <translation>écrit {out} ({nx}x{ny}x{nz} points, écoulement d’air {state}) et {buildings}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/export.py" line="135" />
            <source>wrote {out} ({n} rows, every {step:.0f} min) and {buildings}</source>
            <translation>écrit {out} ({n} lignes, toutes les {step:.0f} min) et {buildings}</translation>
        </message>
        <message>
            <location filename="../../twin/io/export/provenance.py" line="27" />
            <source>{name} (unsaved edits)</source>
            <translation>{name} (modifications non enregistrées)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="80" />
            <source>{name} · {file}</source>
            <translation>{name} · {file}</translation>
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="60" />
            <source>{path}: a GIF of {n} frames at {w}x{h} is too large; use .mp4, a smaller size or fewer frames</source>
            <translation>{path} : un GIF de {n} images en {w}x{h} est trop lourd ; utilisez .mp4, une taille plus petite ou moins d’images</translation>
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="57" />
            <source>{path}: an MP4 (H.264, yuv420p) needs an even width and height, got {w}x{h}</source>
            <translation>{path} : un MP4 (H.264, yuv420p) demande une largeur et une hauteur paires ; reçu : {w}x{h}</translation>
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="134" />
            <source>{path}: no frames were written</source>
            <translation>{path} : aucune image n’a été écrite</translation>
        </message>
        <message>
            <location filename="../../twin/commands/sheet.py" line="34" />
            <source>{path}: the sheet is a PDF; name it .pdf</source>
            <translation>{path} : la fiche est un PDF ; nommez-la .pdf</translation>
        </message>
        <message>
            <location filename="../../twin/commands/export.py" line="48" />
            <source>{path}: unknown export format {suffix!r}; use .glb, .vti, .vtp or .csv</source>
            <translation>{path} : format d’export inconnu {suffix!r} ; utilisez .glb, .vti, .vtp ou .csv</translation>
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="56" />
            <source>{path}: unknown image format {suffix!r}; use .png or .jpg</source>
            <translation>{path} : format d’image inconnu {suffix!r} ; utilisez .png ou .jpg</translation>
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="41" />
            <source>{path}: unknown video format {suffix!r}; use .mp4 or .gif</source>
            <translation>{path} : format vidéo inconnu {suffix!r} ; utilisez .mp4 ou .gif</translation>
        </message>
    </context>
    <context>
        <name>ExportData</name>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="75" />
            <source>3-D model, glTF binary (*.glb);;Wind and heat fields, VTK image (*.vti);;Buildings, VTK poly data (*.vtp);;Plant history, CSV (*.csv)</source>
            <translation>Modèle 3D, glTF binaire (*.glb);;Champs de vent et de chaleur, image VTK (*.vti);;Bâtiments, VTK poly data (*.vtp);;Historique de la centrale, CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="79" />
            <source>Cannot export data</source>
            <translation>Impossible d’exporter les données</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="103" />
            <source>Cannot export the sheet</source>
            <translation>Impossible d’exporter la fiche</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="99" />
            <source>Export consultation sheet</source>
            <translation>Exporter la fiche de concertation</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="74" />
            <source>Export data</source>
            <translation>Exporter les données</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="64" />
            <source>No plant history yet: the running twin has not started.</source>
            <translation>Pas encore d’historique de la centrale : le jumeau n’a pas démarré.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="54" />
            <source>No wind and heat field to export: the airflow solver is not running.</source>
            <translation>Aucun champ de vent et de chaleur à exporter : le calcul d’écoulement ne tourne pas.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="100" />
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="56" />
            <source>The airflow field is invalid for the conditions shown (stale or failed); wait until it is settling or settled, then export.</source>
            <translation>Le champ d’écoulement n’est pas valable pour les conditions affichées (périmé ou en échec) ; attendez qu’il se stabilise, puis exportez.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="115" />
            <source>Written: {files}</source>
            <translation>Écrit : {files}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="87" />
            <source>{path}: the sheet is a PDF; name it .pdf</source>
            <translation>{path} : la fiche est un PDF ; nommez-la .pdf</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="67" />
            <source>{path}: unknown export format {suffix!r}; use .glb, .vti, .vtp or .csv</source>
            <translation>{path} : format d’export inconnu {suffix!r} ; utilisez .glb, .vti, .vtp ou .csv</translation>
        </message>
    </context>
    <context>
        <name>FileErrors</name>
        <message>
            <location filename="../../twin/io/errors.py" line="45" />
            <source>, column '{name}'</source>
            <translation>, colonne '{name}'</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="46" />
            <source>, field '{name}'</source>
            <translation>, champ '{name}'</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="43" />
            <location filename="../../twin/io/layout.py" line="141" />
            <location filename="../../twin/io/tour.py" line="68" />
            <source>, line {line}</source>
            <translation>, ligne {line}</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="135" />
            <source>a device</source>
            <translation>un périphérique</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="131" />
            <source>a folder</source>
            <translation>un dossier</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="133" />
            <source>a pipe (FIFO)</source>
            <translation>un tube (FIFO)</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="137" />
            <source>a socket</source>
            <translation>une socket</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="72" />
            <source>cannot read the file (no such file)</source>
            <translation>impossible de lire le fichier (il n’existe pas)</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="76" />
            <location filename="../../twin/io/errors.py" line="102" />
            <location filename="../../twin/io/loadcsv.py" line="210" />
            <source>cannot read the file ({reason})</source>
            <translation>impossible de lire le fichier ({reason})</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="74" />
            <source>is a folder, not a file</source>
            <translation>est un dossier, pas un fichier</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="104" />
            <source>is larger than the {limit:.0f} MiB this reader accepts</source>
            <translation>dépasse les {limit:.0f} Mio que ce lecteur accepte</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="120" />
            <source>is not UTF-8 text (byte 0x{byte:02x} at offset {offset}); save it as UTF-8</source>
            <translation>n’est pas du texte UTF-8 (octet 0x{byte:02x} à la position {offset}) ; enregistrez-le en UTF-8</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="80" />
            <source>is not a regular file (it is {kind}); choose a saved file</source>
            <translation>n’est pas un fichier ordinaire (c’est {kind}) ; choisissez un fichier enregistré</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="83" />
            <source>is {size} MiB, larger than the {limit} MiB this reader accepts for this kind of file</source>
            <translation>fait {size} Mio, plus que les {limit} Mio que ce lecteur accepte pour ce type de fichier</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="138" />
            <source>not a plain file</source>
            <translation>pas un fichier ordinaire</translation>
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="47" />
            <location filename="../../twin/io/layout.py" line="146" />
            <location filename="../../twin/io/tour.py" line="73" />
            <source>{where}: {message}</source>
            <translation>{where} : {message}</translation>
        </message>
    </context>
    <context>
        <name>Geo</name>
        <message>
            <location filename="../../twin/io/geo.py" line="31" />
            <source>EPSG code must be a whole number from 1024 to 999999 such as 2154 (Lambert-93), got {epsg:g}</source>
            <translation>le code EPSG doit être un nombre entier de 1024 à 999999, comme 2154 (Lambert-93), reçu {epsg:g}</translation>
        </message>
        <message>
            <location filename="../../twin/io/geo.py" line="39" />
            <source>EPSG:{code} ({name}) is not a projected system in metres (2154, Lambert-93, is)</source>
            <translation>EPSG:{code} ({name}) n’est pas un système projeté en mètres (2154, Lambert-93, en est un)</translation>
        </message>
        <message>
            <location filename="../../twin/io/geo.py" line="43" />
            <source>EPSG:{code} ({name}) is not in metres (its axes are in {units})</source>
            <translation>EPSG:{code} ({name}) n’est pas en mètres (ses axes sont en {units})</translation>
        </message>
        <message>
            <location filename="../../twin/io/geo.py" line="37" />
            <source>EPSG:{code} is not a coordinate reference system known to PROJ</source>
            <translation>EPSG:{code} n’est pas un système de coordonnées connu de PROJ</translation>
        </message>
    </context>
    <context>
        <name>Glossary</name>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="26" />
            <source>A network of insulated hot-water pipes that heats homes and buildings of a town from a central source, here the heat recovered from the servers.</source>
            <translation>Un réseau de tuyaux d’eau chaude isolés qui chauffe les logements et les bâtiments d’une ville à partir d’une source centrale, ici la chaleur récupérée sur les serveurs.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="15" />
            <source>Decibels weighted as the human ear hears: 30 dB(A) is a quiet bedroom, 40 a quiet street at night, 50 a calm office. +10 dB(A) sounds about twice as loud.</source>
            <translation>Décibels pondérés comme les entend l’oreille humaine : 30 dB(A), c’est une chambre calme ; 40, une rue tranquille la nuit ; 50, un bureau calme. +10 dB(A) paraît environ deux fois plus fort.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="20" />
            <source>French rule for classified installations (ICPE, order of 23 January 1997): with the campus running, the noise at homes may exceed the usual background by at most 5 dB(A) by day and 3 dB(A) at night (6 and 4 where the total stays between 35 and 45 dB(A)).</source>
            <translation>Règle française des installations classées (ICPE, arrêté du 23 janvier 1997) : campus en marche, le bruit chez les riverains ne peut dépasser le bruit de fond habituel que de 5 dB(A) le jour et 3 dB(A) la nuit au plus (6 et 4 quand le total reste entre 35 et 45 dB(A)).</translation>
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="31" />
            <source>How much warmer the air is than it would be without the campus, at the same place and time. The pale veil in the view marks air 2 °C warmer: invisible in life, it is not smoke.</source>
            <translation>De combien l’air est plus chaud qu’il ne le serait sans le campus, au même endroit et au même moment. Le voile pâle de la vue marque l’air plus chaud de 2 °C : invisible en réalité, ce n’est pas de la fumée.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="9" />
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="10" />
            <source>Power Usage Effectiveness: all the electricity the site uses divided by what the computers alone use. 1.0 would mean no energy at all for cooling; 1.2 means 20 % more.</source>
            <translation>Indicateur d’efficacité énergétique (PUE) : toute l’électricité consommée par le site divisée par celle des seuls ordinateurs. 1,0 voudrait dire aucune énergie pour le refroidissement ; 1,2 veut dire 20 % de plus.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="14" />
            <source>dB(A)</source>
            <translation>dB(A)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="25" />
            <source>district heating</source>
            <translation>réseau de chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="19" />
            <source>the rule</source>
            <translation>la règle</translation>
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="30" />
            <source>°C warmer</source>
            <translation>°C de plus</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../../../twin/ui/help.py" line="116" />
            <source>&amp;About Campus Twin…</source>
            <translation>&amp;À propos de Campus Twin…</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="115" />
            <source>&amp;Guide: the two modes…</source>
            <translation>&amp;Guide : les deux modes…</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="118" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="67" />
            <source>&lt;h3&gt;Campus Twin {version}&lt;/h3&gt;&lt;p&gt;A digital twin of the AI data-centre campus planned at Escaudain (Nord), on the former Usinor steelworks “Les Soufflantes”. Licence of Campus Twin: MIT.&lt;/p&gt;&lt;h4&gt;Where the figures come from&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;Campus (38 ha, up to 700 MW, PUE target 1.2, 6 ha nature reserve, heat recovery): Data4 and Communauté d’Agglomération de La Porte du Hainaut press release, 15 December 2025.&lt;/li&gt;&lt;li&gt;Building layout: a planning assumption sized from those totals (the real plan is not published).&lt;/li&gt;&lt;li&gt;Weather: a synthetic year from the Lille-Lesquin and Valenciennes normals 1991-2020 (Météo-France); the heat wave of 25 July 2019 (41.5 °C at Lille-Lesquin).&lt;/li&gt;&lt;li&gt;Homes heated: 1 TWh of heat a year for about 100,000 homes (ADEME).&lt;/li&gt;&lt;li&gt;Noise: ISO 9613-2 outdoor propagation; the rule of the order of 23 January 1997 (ICPE); residual levels are planning assumptions, not measurements.&lt;/li&gt;&lt;/ul&gt;&lt;h4&gt;Libraries and their licences&lt;/h4&gt;&lt;ul&gt;{libraries}&lt;/ul&gt;</source>
            <translation>&lt;h3&gt;Campus Twin {version}&lt;/h3&gt;&lt;p&gt;Un jumeau numérique du campus de centres de données d’IA prévu à Escaudain (Nord), sur l’ancienne aciérie Usinor des « Soufflantes ». Licence de Campus Twin : MIT.&lt;/p&gt;&lt;h4&gt;D’où viennent les chiffres&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;Campus (38 ha, jusqu’à 700 MW, objectif de PUE 1,2, réserve naturelle de 6 ha, récupération de chaleur) : communiqué de Data4 et de la Communauté d’Agglomération de La Porte du Hainaut, 15 décembre 2025.&lt;/li&gt;&lt;li&gt;Disposition des bâtiments : une hypothèse d’étude dimensionnée à partir de ces totaux (le plan réel n’est pas publié).&lt;/li&gt;&lt;li&gt;Météo : une année synthétique tirée des normales 1991-2020 de Lille-Lesquin et de Valenciennes (Météo-France) ; la canicule du 25 juillet 2019 (41,5 °C à Lille-Lesquin).&lt;/li&gt;&lt;li&gt;Foyers chauffés : 1 TWh de chaleur par an pour environ 100 000 foyers (ADEME).&lt;/li&gt;&lt;li&gt;Bruit : propagation en extérieur selon l’ISO 9613-2 ; la règle de l’arrêté du 23 janvier 1997 (ICPE) ; les niveaux résiduels sont des hypothèses d’étude, pas des mesures.&lt;/li&gt;&lt;/ul&gt;&lt;h4&gt;Bibliothèques et leurs licences&lt;/h4&gt;&lt;ul&gt;{libraries}&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="45" />
            <source>&lt;h3&gt;Two modes&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Planning&lt;/b&gt; (the normal window): the 3-D view with the panels around it. Move, rotate and resize buildings, set the wind and the weather, read the plant's figures and the layout checks. Every edit can be undone (Ctrl+Z).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Presenter&lt;/b&gt; (F11, or the toolbar button): for a public meeting. Full screen, large cards in plain language, editing switched off. Use the buttons at the top for the views, the guided tour (◀ ▶), “My street” (or click near a commune’s homes) and the language. F11 or Esc leaves.&lt;/p&gt;&lt;h3&gt;Mouse and keys in the 3-D view&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Left-drag: turn around the site · right-drag or wheel: zoom · middle-drag: pan&lt;/li&gt;&lt;li&gt;Click a building: its figures · Shift-drag a building: move it (planning mode only)&lt;/li&gt;&lt;li&gt;Ctrl+1 to Ctrl+4: overview, plan, eye level from Escaudain and from Lourches&lt;/li&gt;&lt;li&gt;F11: presenter mode · F1: all the gestures&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Figures are marked &lt;i&gt;published&lt;/i&gt; (stated by the operator), &lt;i&gt;derived&lt;/i&gt; (computed from published figures) or &lt;i&gt;assumption&lt;/i&gt; (a planning assumption): the building layout and the weather year are assumptions.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Deux modes&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Étude&lt;/b&gt; (la fenêtre normale) : la vue 3D entourée des panneaux. Déplacez, tournez et redimensionnez les bâtiments, réglez le vent et la météo, lisez les chiffres de la centrale et les contrôles de l’implantation. Chaque modification peut être annulée (Ctrl+Z).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Présentation&lt;/b&gt; (F11, ou le bouton de la barre d’outils) : pour une réunion publique. Plein écran, grands panneaux en mots simples, modifications désactivées. Les boutons du haut donnent les vues, la visite guidée (◀ ▶), « Ma rue » (ou un clic près des maisons d’une commune) et la langue. F11 ou Échap pour quitter.&lt;/p&gt;&lt;h3&gt;Souris et clavier dans la vue 3D&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Glisser clic gauche : tourner autour du site · clic droit ou molette : zoomer · clic milieu : déplacer la vue&lt;/li&gt;&lt;li&gt;Clic sur un bâtiment : ses chiffres · Maj + glisser un bâtiment : le déplacer (mode étude seulement)&lt;/li&gt;&lt;li&gt;Ctrl+1 à Ctrl+4 : vue d’ensemble, plan, à hauteur d’yeux depuis Escaudain et depuis Lourches&lt;/li&gt;&lt;li&gt;F11 : mode présentation · F1 : tous les gestes&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les chiffres sont marqués &lt;i&gt;publié&lt;/i&gt; (annoncé par l’exploitant), &lt;i&gt;dérivé&lt;/i&gt; (calculé à partir de chiffres publiés) ou &lt;i&gt;hypothèse&lt;/i&gt; (hypothèse d’étude) : la disposition des bâtiments et l’année météo sont des hypothèses.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="124" />
            <source>About Campus Twin</source>
            <translation>À propos de Campus Twin</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="121" />
            <source>Guide</source>
            <translation>Guide</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="32" />
            <source>not installed</source>
            <translation>non installé</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="40" />
            <source>see the package</source>
            <translation>voir le paquet</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../twin/ui/i18n.py" line="201" />
            <location filename="../../twin/ui/i18n.py" line="223" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <location filename="../../twin/io/layout.py" line="204" />
            <source> (and {count} more problems)</source>
            <translation> (et {count} autres problèmes)</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="263" />
            <source>'features' must be a list</source>
            <translation>'features' doit être une liste</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="284" />
            <source>'properties' must be an object</source>
            <translation>'properties' doit être un objet</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="145" />
            <source>, field {field}</source>
            <translation>, champ {field}</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="143" />
            <source>: feature {feature}</source>
            <translation> : élément {feature}</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="331" />
            <source>building {owner} already has a generator yard</source>
            <translation>le bâtiment {owner} a déjà une aire de groupes électrogènes</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="319" />
            <source>building {owner} already has heat-rejection equipment</source>
            <translation>le bâtiment {owner} a déjà un équipement de rejet de chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="490" />
            <source>coordinates are not longitude/latitude in degrees (RFC 7946 requires WGS84)</source>
            <translation>les coordonnées ne sont pas une longitude et une latitude en degrés (la RFC 7946 impose le WGS84)</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="483" />
            <source>coordinates must be [longitude, latitude] number pairs</source>
            <translation>les coordonnées doivent être des paires de nombres [longitude, latitude]</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="487" />
            <source>coordinates must be finite numbers</source>
            <translation>les coordonnées doivent être des nombres finis</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="235" />
            <source>has no 'campus_twin' member: not a Campus Twin layout</source>
            <translation>n’a pas de membre 'campus_twin' : ce n’est pas une implantation Campus Twin</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="372" />
            <source>has no feature with feature_type 'reserve'</source>
            <translation>n’a aucun élément de feature_type 'reserve'</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="370" />
            <source>has no feature with feature_type 'site'</source>
            <translation>n’a aucun élément de feature_type 'site'</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="180" />
            <source>holds a number that cannot be read ({reason})</source>
            <translation>contient un nombre illisible ({reason})</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="402" />
            <location filename="../../twin/io/layout.py" line="422" />
            <source>is missing</source>
            <translation>est absent</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="395" />
            <source>is missing or not an object</source>
            <translation>est absent ou n’est pas un objet</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="177" />
            <source>is nested too deeply to be a layout (arrays or objects inside each other ~1,000 levels)</source>
            <translation>est trop imbriqué pour être une implantation (tableaux ou objets emboîtés sur ~1 000 niveaux)</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="275" />
            <source>is not a GeoJSON Feature</source>
            <translation>n’est pas une Feature GeoJSON</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="232" />
            <source>is not a GeoJSON FeatureCollection</source>
            <translation>n’est pas une FeatureCollection GeoJSON</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="174" />
            <source>is not valid JSON (line {line}, column {column}: {reason})</source>
            <translation>n’est pas du JSON valide (ligne {line}, colonne {column} : {reason})</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="409" />
            <source>is too large a number ({value})</source>
            <translation>est un nombre trop grand ({value})</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="242" />
            <source>layout version {version} is not supported by this Campus Twin (supports {supported})</source>
            <translation>la version d’implantation {version} n’est pas prise en charge par ce Campus Twin (il prend en charge {supported})</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="494" />
            <source>lies more than {km:.0f} km from the georef origin (or cannot be projected): check campus_twin.georef</source>
            <translation>se trouve à plus de {km:.0f} km de l’origine du géoréférencement (ou ne peut pas être projeté) : vérifiez campus_twin.georef</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="512" />
            <source>must be a Polygon with exactly one ring (holes are not supported)</source>
            <translation>doit être un Polygon à un seul anneau (les trous ne sont pas pris en charge)</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="411" />
            <source>must be a finite number, got {value}</source>
            <translation>doit être un nombre fini, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="405" />
            <source>must be a number, got {value}</source>
            <translation>doit être un nombre, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="417" />
            <source>must be a whole number, got {value}</source>
            <translation>doit être un nombre entier, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="503" />
            <source>must be a {expected} geometry</source>
            <translation>doit être une géométrie {expected}</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="505" />
            <source>must be a {expected}, got {found}</source>
            <translation>doit être un {expected}, reçu {found}</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="439" />
            <source>must be an object mapping property names to sources</source>
            <translation>doit être un objet associant des noms de propriétés à leurs sources</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="443" />
            <source>must be an object with 'status' and 'note'</source>
            <translation>doit être un objet avec 'status' et 'note'</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="468" />
            <source>must be between {low:g} and {high:g} {unit} ({title}), got {value}</source>
            <translation>doit être compris entre {low:g} et {high:g} {unit} ({title}), reçu {value}</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="454" />
            <location filename="../../twin/io/layout.py" line="473" />
            <source>must be text</source>
            <translation>doit être du texte</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="425" />
            <source>must be text, got {value}</source>
            <translation>doit être du texte, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="278" />
            <source>needs a non-empty string 'id'</source>
            <translation>nécessite un 'id' texte non vide</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="485" />
            <source>needs at least {minimum} [longitude, latitude] positions</source>
            <translation>nécessite au moins {minimum} positions [longitude, latitude]</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="515" />
            <source>polygon ring is not closed (first and last positions differ)</source>
            <translation>l’anneau du polygone n’est pas fermé (la première et la dernière position diffèrent)</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="376" />
            <source>refers to unknown building {owner}</source>
            <translation>désigne un bâtiment inconnu {owner}</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="237" />
            <source>schema is {schema}, expected {expected}</source>
            <translation>le schéma est {schema}, attendu {expected}</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="449" />
            <source>status {status} is not one of: {allowed}</source>
            <translation>le statut {status} n’est pas l’un de : {allowed}</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="280" />
            <source>the same id is used twice</source>
            <translation>le même id est utilisé deux fois</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="364" />
            <source>unknown feature_type {kind} (expected one of site, reserve, building, heat_rejection, generator_yard, pipe, receptor, place)</source>
            <translation>feature_type {kind} inconnu (attendu : site, reserve, building, heat_rejection, generator_yard, pipe, receptor ou place)</translation>
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="434" />
            <source>{value} is not one of: {allowed}</source>
            <translation>{value} n’est pas l’un de : {allowed}</translation>
        </message>
    </context>
    <context>
        <name>LayoutNames</name>
        <message>
            <location filename="../../twin/render/labels.py" line="46" />
            <source>Cooling plant</source>
            <translation>Centrale de refroidissement</translation>
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="59" />
            <source>Data hall {n}</source>
            <translation>Salle {n}</translation>
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="51" />
            <source>Escaudain - Les Soufflantes (default layout)</source>
            <translation>Escaudain - Les Soufflantes (implantation par défaut)</translation>
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="50" />
            <source>Gatehouse</source>
            <translation>Poste de garde</translation>
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="47" />
            <source>Heat recovery</source>
            <translation>Récupération de chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="45" />
            <source>Nature reserve</source>
            <translation>Réserve naturelle</translation>
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="49" />
            <source>Substation</source>
            <translation>Poste électrique</translation>
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="48" />
            <source>Training &amp; incubator</source>
            <translation>Formation et incubateur</translation>
        </message>
    </context>
    <context>
        <name>LivePanel</name>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="177" />
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="222" />
            <source> — stale: {halls}</source>
            <translation> — périmé : {halls}</translation>
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
            <location filename="../../twin/ui/live_panel.py" line="183" />
            <source>Broker</source>
            <translation>Serveur MQTT</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="184" />
            <source>Clock</source>
            <translation>Horloge</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="171" />
            <source>Connect</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="38" />
            <source>EnergyPlus weather file…</source>
            <translation>Fichier météo EnergyPlus…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="178" />
            <source>Go</source>
            <translation>Aller</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="161" />
            <source>IT load</source>
            <translation>Charge informatique</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="179" />
            <source>Jump to</source>
            <translation>Aller à</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="47" />
            <source>Live from the site (MQTT)</source>
            <translation>En direct du site (MQTT)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="184" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="183" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="184" />
            <source>Play</source>
            <translation>Lire</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="46" />
            <source>Replay a recording (CSV)…</source>
            <translation>Rejouer un enregistrement (CSV)…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="45" />
            <source>Simulated AI load</source>
            <translation>Charge d’IA simulée</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="183" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="184" />
            <source>Speed</source>
            <translation>Vitesse</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="184" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="235" />
            <source>Synthetic weather, not measured data</source>
            <translation>Météo synthétique, pas des mesures</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="172" />
            <source>Time</source>
            <translation>Temps</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="183" />
            <source>Topics</source>
            <translation>Sujets</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="183" />
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="180" />
            <source>Weather</source>
            <translation>Météo</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="228" />
            <source>accepted {accepted} · rejected {rejected}</source>
            <translation>acceptés {accepted} · rejetés {rejected}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="176" />
            <source>day </source>
            <translation>jour </translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="36" />
            <source>default synthetic year</source>
            <translation>année synthétique par défaut</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="166" />
            <source>dsx: BMS/v1/PUB/Value/PowerMeter/ActivePower/escaudain/{hall}/it_load (kW)
plain: campus/{hall}/it_load_mw (MW)</source>
            <translation>dsx : BMS/v1/PUB/Value/PowerMeter/ActivePower/escaudain/{hall}/it_load (kW)
plain : campus/{hall}/it_load_mw (MW)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="37" />
            <source>heat wave, 25 July 2019 (41.5 °C)</source>
            <translation>canicule du 25 juillet 2019 (41,5 °C)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="164" />
            <source>mqtt://HOST:PORT, or mqtts://HOST:PORT for TLS</source>
            <translation>mqtt://HÔTE:PORT, ou mqtts://HÔTE:PORT pour TLS</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="169" />
            <location filename="../../twin/ui/live_panel.py" line="170" />
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="28" />
            <source>real time</source>
            <translation>temps réel</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="173" />
            <source>running</source>
            <translation>en marche</translation>
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="85" />
            <location filename="../../twin/ui/live_panel.py" line="190" />
            <source>simulated</source>
            <translation>simulée</translation>
        </message>
    </context>
    <context>
        <name>LoadCsv</name>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="458" />
            <source>a building appears twice in the header</source>
            <translation>un bâtiment figure deux fois dans l’en-tête</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="347" />
            <source>bad timestamp {text} (ISO 8601 or Unix seconds)</source>
            <translation>horodatage invalide {text} (ISO 8601 ou secondes Unix)</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="359" />
            <source>empty building id</source>
            <translation>identifiant de bâtiment vide</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="456" />
            <source>empty building id in the header</source>
            <translation>identifiant de bâtiment vide dans l’en-tête</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="95" />
            <source>load is negative: {value:g} MW</source>
            <translation>la charge est négative : {value:g} MW</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="91" />
            <source>load is not a number: {text}</source>
            <translation>la charge n’est pas un nombre : {text}</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="93" />
            <source>load is not finite: {text}</source>
            <translation>la charge n’est pas finie : {text}</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="208" />
            <source>malformed CSV ({reason})</source>
            <translation>CSV mal formé ({reason})</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="284" />
            <source>no data rows after the header</source>
            <translation>aucune ligne de données après l’en-tête</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="204" />
            <source>not UTF-8 text ({reason}); save it as UTF-8</source>
            <translation>pas du texte UTF-8 ({reason}) ; enregistrez-le en UTF-8</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="333" />
            <source>second value for {name} at {stamp} (first on line {first})</source>
            <translation>deuxième valeur pour {name} à {stamp} (la première ligne {first})</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="267" />
            <source>the file is empty (expected a header row)</source>
            <translation>le fichier est vide (une ligne d’en-tête était attendue)</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="297" />
            <source>timestamp {stamp} repeated (first on line {first})</source>
            <translation>horodatage {stamp} répété (la première fois ligne {first})</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="350" />
            <source>timestamp {text} is out of range (Unix seconds, not milliseconds)</source>
            <translation>horodatage {text} hors limites (secondes Unix, pas millisecondes)</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="361" />
            <source>unknown building {name} (known: {known})</source>
            <translation>bâtiment inconnu {name} (connus : {known})</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="280" />
            <source>unrecognised header {header}; expected 'timestamp,building_id,load_mw' (long) or 'timestamp,&lt;building id&gt;,...' (wide)</source>
            <translation>en-tête non reconnu {header} ; attendu 'timestamp,building_id,load_mw' (format long) ou 'timestamp,&lt;building id&gt;,...' (format large)</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="194" />
            <source>{cells} cells, expected {width} (timestamp,building_id,load_mw)</source>
            <translation>{cells} cellules, {width} attendues (timestamp,building_id,load_mw)</translation>
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="195" />
            <source>{cells} cells, expected {width} like the header</source>
            <translation>{cells} cellules, {width} attendues comme dans l’en-tête</translation>
        </message>
    </context>
    <context>
        <name>MQTT</name>
        <message>
            <location filename="../../twin/live/mqtt.py" line="187" />
            <source>the password for {host}:{port} would travel unencrypted over mqtt://; use mqtts:// (TLS) if the broker offers it</source>
            <translation>le mot de passe pour {host}:{port} circulerait en clair avec mqtt:// ; utilisez mqtts:// (TLS) si le serveur le propose</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../twin/ui/main_window.py" line="131" />
            <source>&amp;Delete building</source>
            <translation>&amp;Supprimer le bâtiment</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="71" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="70" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="73" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="142" />
            <source>&amp;Mouse and keyboard…</source>
            <translation>&amp;Souris et clavier…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="117" />
            <source>&amp;Move</source>
            <translation>&amp;Déplacer</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="98" />
            <source>&amp;Open layout…</source>
            <translation>&amp;Ouvrir une implantation…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="111" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="113" />
            <location filename="../../twin/ui/main_window.py" line="488" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="488" />
            <source>&amp;Redo {label}</source>
            <translation>&amp;Rétablir : {label}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="119" />
            <source>&amp;Rotate</source>
            <translation>&amp;Tourner</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="100" />
            <source>&amp;Save layout</source>
            <translation>&amp;Enregistrer l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="112" />
            <location filename="../../twin/ui/main_window.py" line="486" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="486" />
            <source>&amp;Undo {label}</source>
            <translation>&amp;Annuler : {label}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="72" />
            <source>&amp;View</source>
            <translation>&amp;Vue</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="108" />
            <source>3-D model (.glb), wind and heat fields (.vti), plant history (.csv)</source>
            <translation>Modèle 3D (.glb), champs de vent et de chaleur (.vti), historique de la centrale (.csv)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="110" />
            <source>A4 PDF: the view, the year's figures in plain language, sources</source>
            <translation>PDF A4 : la vue, les chiffres de l’année en mots simples, les sources</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="125" />
            <source>Add cooling plant</source>
            <translation>Ajouter une centrale de refroidissement</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="123" />
            <source>Add data hall</source>
            <translation>Ajouter une salle informatique</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="130" />
            <source>Add gatehouse</source>
            <translation>Ajouter un poste de garde</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="127" />
            <source>Add heat-recovery plant</source>
            <translation>Ajouter une centrale de récupération de chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="129" />
            <source>Add offices and training</source>
            <translation>Ajouter des bureaux et la formation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="126" />
            <source>Add substation</source>
            <translation>Ajouter un poste électrique</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="330" />
            <source>Campus layout (*.geojson *.json)</source>
            <translation>Implantation du campus (*.geojson *.json)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="335" />
            <source>Campus layout (*.geojson)</source>
            <translation>Implantation du campus (*.geojson)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="773" />
            <source>Cannot connect</source>
            <translation>Connexion impossible</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="272" />
            <location filename="../../twin/ui/main_window.py" line="275" />
            <source>Cannot open layout</source>
            <translation>Impossible d’ouvrir l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="818" />
            <source>Cannot read weather file</source>
            <translation>Impossible de lire le fichier météo</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="743" />
            <source>Cannot replay</source>
            <translation>Impossible de rejouer</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="297" />
            <location filename="../../twin/ui/main_window.py" line="304" />
            <source>Cannot save layout</source>
            <translation>Impossible d’enregistrer l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="124" />
            <source>Click the ground to place a 100 MW data hall with roof coolers and generators</source>
            <translation>Cliquez sur le sol pour placer une salle informatique de 100 MW avec aéroréfrigérants en toiture et groupes électrogènes</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="116" />
            <source>Click to select; Shift-drag to move</source>
            <translation>Cliquer pour sélectionner ; Maj + glisser pour déplacer</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="224" />
            <location filename="../../twin/ui/main_window.py" line="375" />
            <source>Compare A/B</source>
            <translation>Comparer A/B</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="133" />
            <source>D&amp;uplicate building</source>
            <translation>D&amp;upliquer le bâtiment</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="118" />
            <source>Drag a building or a yard to move it</source>
            <translation>Faites glisser un bâtiment ou une aire pour le déplacer</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="122" />
            <source>Drag a corner grip of the selected building to resize it</source>
            <translation>Tirez une poignée d’angle du bâtiment sélectionné pour le redimensionner</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="120" />
            <source>Drag the grip of the selected building to turn it</source>
            <translation>Tirez la poignée du bâtiment sélectionné pour le tourner</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="378" />
            <location filename="../../twin/ui/main_window.py" line="466" />
            <source>Edit</source>
            <translation>Édition</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="807" />
            <source>EnergyPlus weather (*.epw)</source>
            <translation>Météo EnergyPlus (*.epw)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="105" />
            <source>Export &amp;animation…</source>
            <translation>Exporter une &amp;animation…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="107" />
            <source>Export &amp;data…</source>
            <translation>Exporter les &amp;données…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="103" />
            <source>Export &amp;snapshot…</source>
            <translation>Exporter une &amp;capture…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="109" />
            <source>Export consultation s&amp;heet…</source>
            <translation>Exporter la &amp;fiche de concertation…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="64" />
            <source>From Escaudain (eye level)</source>
            <translation>Depuis Escaudain (à hauteur d’yeux)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="65" />
            <source>From Lourches (eye level)</source>
            <translation>Depuis Lourches (à hauteur d’yeux)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="372" />
            <source>Layout checks</source>
            <translation>Contrôles de l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="394" />
            <source>Left-drag: orbit · right-drag: zoom · middle-drag: pan · click: select · Shift-drag: move a building</source>
            <translation>Glisser clic gauche : tourner · clic droit : zoomer · clic milieu : déplacer la vue · clic : sélectionner · Maj + glisser : déplacer un bâtiment</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="727" />
            <source>Load recording (*.csv)</source>
            <translation>Enregistrement de charge (*.csv)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="374" />
            <source>Load, time and weather</source>
            <translation>Charge, temps et météo</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="375" />
            <source>Neighbours</source>
            <translation>Riverains</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="134" />
            <source>New layout from the empty site</source>
            <translation>Nouvelle implantation sur le site vide</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="99" />
            <source>Open a campus layout (GeoJSON)</source>
            <translation>Ouvrir une implantation du campus (GeoJSON)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="330" />
            <source>Open layout</source>
            <translation>Ouvrir une implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="807" />
            <source>Open weather file</source>
            <translation>Ouvrir un fichier météo</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="137" />
            <source>Overlaps, the reserve and the site boundary: refuse the drop instead of warning</source>
            <translation>Chevauchements, réserve et limite du site : refuser le dépôt au lieu d’avertir</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="62" />
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="373" />
            <source>Plant dashboard</source>
            <translation>Tableau de bord de la centrale</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="372" />
            <source>Properties</source>
            <translation>Propriétés</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="136" />
            <source>Refuse drops that break a hard rule</source>
            <translation>Refuser les dépôts qui enfreignent une règle stricte</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="106" />
            <source>Render a day, a tour or an orbit to an MP4 or GIF</source>
            <translation>Rendre une journée, un tour ou une orbite en MP4 ou GIF</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="727" />
            <source>Replay IT load</source>
            <translation>Rejouer la charge informatique</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="121" />
            <source>Resi&amp;ze</source>
            <translation>Redi&amp;mensionner</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="135" />
            <source>Revert to the bundled campus</source>
            <translation>Revenir au campus fourni</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="335" />
            <source>Save layout</source>
            <translation>Enregistrer l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="102" />
            <source>Save layout &amp;as…</source>
            <translation>Enregistrer l’implantation &amp;sous…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="104" />
            <source>Save the 3-D view as a PNG image</source>
            <translation>Enregistrer la vue 3D en image PNG</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="101" />
            <source>Save the layout</source>
            <translation>Enregistrer l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="309" />
            <source>Saved {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="115" />
            <source>Se&amp;lect</source>
            <translation>Sé&amp;lectionner</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="589" />
            <source>Starting the plant model…</source>
            <translation>Démarrage du modèle de la centrale…</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="520" />
            <source>The layout has unsaved changes. Save them first?</source>
            <translation>L’implantation a des modifications non enregistrées. Les enregistrer d’abord ?</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="595" />
            <source>The plant model could not start: {error}</source>
            <translation>Le modèle de la centrale n’a pas pu démarrer : {error}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="63" />
            <source>Top (plan)</source>
            <translation>Dessus (plan)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="519" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="377" />
            <location filename="../../twin/ui/main_window.py" line="452" />
            <source>Views</source>
            <translation>Vues</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="781" />
            <source>Warning: </source>
            <translation>Avertissement : </translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="780" />
            <source>Warning: {warning}</source>
            <translation>Avertissement : {warning}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="374" />
            <source>Wind and heat</source>
            <translation>Vent et chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="638" />
            <source>return {t} °C</source>
            <translation>retour {t} °C</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="636" />
            <source>supply {t} °C · {flow} kg/s</source>
            <translation>aller {t} °C · {flow} kg/s</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="640" />
            <source>to districts {t} °C · {mw} MW</source>
            <translation>vers les quartiers {t} °C · {mw} MW</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="489" />
            <source>untitled</source>
            <translation>sans titre</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="621" />
            <source>{load} of {capacity} MW (stale)</source>
            <translation>{load} sur {capacity} MW (périmé)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="623" />
            <source>{load} of {capacity} MW IT</source>
            <translation>{load} sur {capacity} MW informatiques</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="547" />
            <source>{mw} MW IT · {halls} data halls · reserve {ha} ha</source>
            <translation>{mw} MW informatiques · {halls} salles informatiques · réserve {ha} ha</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="491" />
            <source>{name}{modified} — Campus Twin {version}</source>
            <translation>{name}{modified} — Campus Twin {version}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="298" />
            <source>{path} is the layout shipped with Campus Twin; save your version under another name.</source>
            <translation>{path} est l’implantation fournie avec Campus Twin ; enregistrez votre version sous un autre nom.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="753" />
            <source>{path}: implausible samples left out ({reasons})</source>
            <translation>{path} : valeurs invraisemblables écartées ({reasons})</translation>
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="557" />
            <source>✔ No layout problems found.</source>
            <translation>✔ Aucun problème d’implantation.</translation>
        </message>
    </context>
    <context>
        <name>NeighboursPanel</name>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="302" />
            <source>At {at}; weather: {source}</source>
            <translation>Le {at} ; météo : {source}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="160" />
            <source>Badges at the homes</source>
            <translation>Étiquettes aux habitations</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="162" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="240" />
            <source>Computing noise and warm air at the homes...</source>
            <translation>Calcul du bruit et de l’air chaud aux habitations...</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="251" />
            <source>Could not compute the neighbours' figures: {error}</source>
            <translation>Impossible de calculer les chiffres des riverains : {error}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="162" />
            <source>Day dB(A)</source>
            <translation>Jour dB(A)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="156" />
            <source>Day map (7-22 h)</source>
            <translation>Carte de jour (7-22 h)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="162" />
            <source>Distance</source>
            <translation>Distance</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="163" />
            <source>Emergence day / night</source>
            <translation>Émergence jour / nuit</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="163" />
            <source>ICPE rule</source>
            <translation>Règle ICPE</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="296" />
            <source>Nature reserve ({ha} ha): noise {day} dB(A) by day, {night} dB(A) at night (mean); {share} of it at or above 45 dB(A) at night; warming at 2 m {dt} K (far field, indicative).</source>
            <translation>Réserve naturelle ({ha} ha) : bruit {day} dB(A) le jour, {night} dB(A) la nuit (moyenne) ; {share} de sa surface à 45 dB(A) ou plus la nuit ; réchauffement à 2 m {dt} K (champ lointain, indicatif).</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="162" />
            <source>Night dB(A)</source>
            <translation>Nuit dB(A)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="155" />
            <source>Night map (22-7 h)</source>
            <translation>Carte de nuit (22-7 h)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="159" />
            <source>Noise map</source>
            <translation>Carte de bruit</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="173" />
            <source>Not computed yet.</source>
            <translation>Pas encore calculé.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="166" />
            <source>Plant noise by ISO 9613-2 (downwind, 4 m above ground); residual levels, generator test schedule and the octave spectra are planning assumptions. Warm air: Briggs plume rise and Gaussian dispersion of the plant's heat.</source>
            <translation>Bruit de la centrale selon l’ISO 9613-2 (sous le vent, à 4 m du sol) ; les niveaux résiduels, le calendrier d’essai des groupes électrogènes et les spectres par octave sont des hypothèses d’étude. Air chaud : élévation du panache de Briggs et dispersion gaussienne de la chaleur de la centrale.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="163" />
            <source>Plume height</source>
            <translation>Hauteur du panache</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="189" />
            <source>Recomputing after the change: the figures below are those before it.</source>
            <translation>Nouveau calcul après la modification : les chiffres ci-dessous sont ceux d’avant.</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="163" />
            <source>Warm air</source>
            <translation>Air chaud</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="272" />
            <source>above</source>
            <translation>au-dessus</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="285" />
            <source>upwind</source>
            <translation>au vent</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="272" />
            <source>within</source>
            <translation>conforme</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="284" />
            <source>{dt} K</source>
            <translation>{dt} K</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="279" />
            <source>{d} m {dir}</source>
            <translation>{d} m {dir}</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="285" />
            <source>{h} m</source>
            <translation>{h} m</translation>
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="274" />
            <source>{verdict} ({margin} dB margin)</source>
            <translation>{verdict} (marge de {margin} dB)</translation>
        </message>
    </context>
    <context>
        <name>Overlay</name>
        <message>
            <location filename="../../twin/render/overlays.py" line="289" />
            <source>Air warmer than around it (°C)</source>
            <translation>Air plus chaud qu’alentour (°C)</translation>
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="586" />
            <source>Airflow field INVALID: the solver gave up after repeated roll-backs.
Wind and heat overlays show the last good field, greyed.
Change the wind, the layout or the resolution to restart it.</source>
            <translation>Champ d’écoulement NON VALABLE : le calcul a abandonné après des retours en arrière répétés.
Les calques de vent et de chaleur montrent le dernier champ valable, grisé.
Changez le vent, l’implantation ou la résolution pour le relancer.</translation>
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="432" />
            <source>No air {k} °C warmer than around it</source>
            <translation>Pas d’air plus chaud de {k} °C qu’alentour</translation>
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="429" />
            <source>Pale veil: air {k} °C warmer than around it, up to {height} m high</source>
            <translation>Voile pâle : air plus chaud de {k} °C qu’alentour, jusqu’à {height} m de haut</translation>
        </message>
        <message>
            <location filename="../../twin/render/noise_map.py" line="95" />
            <source>Plant noise, day L_Aeq dB(A)</source>
            <translation>Bruit de la centrale, jour L_Aeq dB(A)</translation>
        </message>
        <message>
            <location filename="../../twin/render/noise_map.py" line="95" />
            <source>Plant noise, night L_Aeq dB(A)</source>
            <translation>Bruit de la centrale, nuit L_Aeq dB(A)</translation>
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="461" />
            <location filename="../../twin/render/overlays.py" line="502" />
            <source>Wind speed (m/s)</source>
            <translation>Vitesse du vent (m/s)</translation>
        </message>
        <message>
            <location filename="../../twin/render/receptors.py" line="25" />
            <source>above the rule</source>
            <translation>au-dessus de la règle</translation>
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="535" />
            <source>intake {rise} K</source>
            <translation>air aspiré {rise} °C</translation>
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="555" />
            <source>intake: no valid field</source>
            <translation>air aspiré : pas de champ valable</translation>
        </message>
        <message>
            <location filename="../../twin/render/receptors.py" line="76" />
            <source>neighbours: recomputing</source>
            <translation>riverains : nouveau calcul</translation>
        </message>
        <message>
            <location filename="../../twin/render/receptors.py" line="25" />
            <source>within the rule</source>
            <translation>conforme à la règle</translation>
        </message>
        <message>
            <location filename="../../twin/render/receptors.py" line="27" />
            <source>{commune}
night {night} / day {day} dB(A), {verdict}
warm air {dt} K</source>
            <translation>{commune}
nuit {night} / jour {day} dB(A), {verdict}
air chaud {dt} K</translation>
        </message>
    </context>
    <context>
        <name>PresenterCards</name>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="126" />
            <source> (wind from the {direction} at {speed} m/s)</source>
            <translation> (vent venant du {direction} à {speed} m/s)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="73" />
            <source>Air over the nature reserve: no measurable warming</source>
            <translation>Air au-dessus de la réserve naturelle : aucun réchauffement mesurable</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="75" />
            <source>Air over the nature reserve: {rise} °C</source>
            <translation>Air au-dessus de la réserve naturelle : {rise} °C</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="136" />
            <source>Air over the nature reserve: {value}</source>
            <translation>Air au-dessus de la réserve naturelle : {value}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="148" />
            <source>At night in {commune}: {level}, {verdict}</source>
            <translation>La nuit à {commune} : {level}, {verdict}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="153" />
            <source>At night in {commune}: {{value}}</source>
            <translation>La nuit à {commune} : {{value}}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="128" />
            <source>Compared with the air around the site, in the weather shown{wind}.</source>
            <translation>Par rapport à l’air autour du site, avec la météo affichée{wind}.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="110" />
            <source>Energy efficiency: PUE {pue} (target {target})</source>
            <translation>Efficacité énergétique : PUE {pue} (objectif {target})</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="115" />
            <source>Energy efficiency: {value}</source>
            <translation>Efficacité énergétique : {value}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="134" />
            <source>Estimate from the far-field plume on a summer night (indicative).</source>
            <translation>Estimation par le panache lointain, une nuit d’été (indicatif).</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="96" />
            <source>Heat for about {homes} homes a year</source>
            <translation>De la chaleur pour environ {homes} foyers par an</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="103" />
            <source>Heat for homes: {value}</source>
            <translation>Chaleur pour les foyers : {value}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="97" />
            <source>Heat from the servers, sent to the district heating network (10 MWh per home a year).</source>
            <translation>Chaleur des serveurs, envoyée au réseau de chaleur (10 MWh par foyer et par an).</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="100" />
            <source>No heat exported to homes with this layout</source>
            <translation>Aucune chaleur envoyée aux foyers avec cette implantation</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="111" />
            <source>Over a year: {extra} kWh for cooling and the rest of the site for every 100 kWh of computing.</source>
            <translation>Sur un an : {extra} kWh pour refroidir et faire tourner le site pour 100 kWh de calcul.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="149" />
            <source>Rule: at most {limit} above the night-time background ({residual}, estimated, not measured).</source>
            <translation>Règle : au plus {limit} de plus que le bruit de fond de la nuit ({residual}, estimé, non mesuré).</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="130" />
            <source>Still settling: indicative.</source>
            <translation>Encore en cours de stabilisation : indicatif.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="137" />
            <source>The airflow has not been computed yet.</source>
            <translation>L’écoulement de l’air n’a pas encore été calculé.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="164" />
            <source>The computation failed: {reason}</source>
            <translation>Le calcul a échoué : {reason}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="65" />
            <source>The figure appears here in a few seconds.</source>
            <translation>Le chiffre s’affiche ici dans quelques secondes.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="101" />
            <source>The layout has no heat-recovery connection to the districts.</source>
            <translation>L’implantation n’a pas de raccordement de récupération de chaleur vers les quartiers.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="68" />
            <source>This figure needs a computation that has not run for this layout.</source>
            <translation>Ce chiffre demande un calcul qui n’a pas encore été fait pour cette implantation.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="143" />
            <source>above the rule</source>
            <translation>au-dessus de la règle</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="65" />
            <source>being computed…</source>
            <translation>en cours de calcul…</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="67" />
            <source>not computed yet</source>
            <translation>pas encore calculé</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="143" />
            <source>within the rule</source>
            <translation>conforme à la règle</translation>
        </message>
    </context>
    <context>
        <name>PresenterMode</name>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="304" />
            <source>&amp;Presenter mode</source>
            <translation>Mode &amp;présentation</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="312" />
            <source>At eye level from the nearest homes of Escaudain</source>
            <translation>À hauteur d’yeux depuis les premières maisons d’Escaudain</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="313" />
            <source>At eye level from the nearest homes of Lourches</source>
            <translation>À hauteur d’yeux depuis les premières maisons de Lourches</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="280" />
            <source>Editing is off in presenter mode (F11 to leave)</source>
            <translation>Modifications désactivées en mode présentation (F11 pour quitter)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="307" />
            <source>From above</source>
            <translation>Vue du ciel</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="305" />
            <source>Full screen for a public meeting: large cards, editing off (F11)</source>
            <translation>Plein écran pour une réunion publique : grands panneaux, modifications désactivées (F11)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="310" />
            <source>Leave (F11)</source>
            <translation>Quitter (F11)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="315" />
            <source>My street:</source>
            <translation>Ma rue :</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="307" />
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="317" />
            <source>Presenter</source>
            <translation>Présentation</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="76" />
            <source>Presenter mode: editing is off</source>
            <translation>Mode présentation : modifications désactivées</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <location filename="../../twin/ui/properties.py" line="154" />
            <source>&lt;span style='color:#2e7d4f'&gt;published&lt;/span&gt;: stated by the operator · &lt;span style='color:#2f6fc0'&gt;derived&lt;/span&gt;: computed from published figures · &lt;span style='color:#b26a00'&gt;assumption&lt;/span&gt;: planning assumption, not published</source>
            <translation>&lt;span style='color:#2e7d4f'&gt;publié&lt;/span&gt; : annoncé par l’exploitant · &lt;span style='color:#2f6fc0'&gt;dérivé&lt;/span&gt; : calculé à partir de chiffres publiés · &lt;span style='color:#b26a00'&gt;hypothèse&lt;/span&gt; : hypothèse d’étude, non publiée</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="101" />
            <source>Centre</source>
            <translation>Centre</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="161" />
            <location filename="../../twin/ui/properties.py" line="180" />
            <source>Click a building to see its figures.</source>
            <translation>Cliquez sur un bâtiment pour voir ses chiffres.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="84" />
            <source>Cooling</source>
            <translation>Refroidissement</translation>
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
            <location filename="../../../../twin/ui/properties.py" line="78" />
            <source>Footprint</source>
            <translation>Emprise au sol</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="49" />
            <source>Gatehouse</source>
            <translation>Poste de garde</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="96" />
            <source>Generators</source>
            <translation>Groupes électrogènes</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="91" />
            <source>Heat rejection</source>
            <translation>Rejet de chaleur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="47" />
            <source>Heat-recovery plant</source>
            <translation>Centrale de récupération de chaleur</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="79" />
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="83" />
            <source>IT capacity</source>
            <translation>Puissance informatique</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="77" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="76" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="48" />
            <source>Offices, training, incubator</source>
            <translation>Bureaux, formation, incubateur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="152" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="80" />
            <source>Storeys</source>
            <translation>Niveaux</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="45" />
            <source>Substation</source>
            <translation>Poste électrique</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="152" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="54" />
            <source>adiabatic (evaporative assist)</source>
            <translation>adiabatique (appoint par évaporation)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="88" />
            <source>adiabatic coolers</source>
            <translation>refroidisseurs adiabatiques</translation>
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
            <location filename="../../../../twin/ui/properties.py" line="87" />
            <source>cooling towers</source>
            <translation>tours aéroréfrigérantes</translation>
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
            <location filename="../../../../twin/ui/properties.py" line="87" />
            <source>dry coolers</source>
            <translation>aéroréfrigérants secs</translation>
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
        <message>
            <location filename="../../../../twin/ui/properties.py" line="97" />
            <source>{count} × {mw} MW standby</source>
            <translation>{count} × {mw} MW de secours</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="101" />
            <source>{east} m E, {north} m N of site centre</source>
            <translation>{east} m à l’est, {north} m au nord du centre du site</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="90" />
            <source>{equipment} in the yard, {height} m tall</source>
            <translation>{equipment} au sol, {height} m de haut</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="89" />
            <source>{equipment} on the roof, {height} m tall</source>
            <translation>{equipment} en toiture, {height} m de haut</translation>
        </message>
    </context>
    <context>
        <name>PropertyEditor</name>
        <message>
            <location filename="../../twin/ui/properties.py" line="278" />
            <source>from {low} to {high} {unit}</source>
            <translation>de {low} à {high} {unit}</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../../twin/ui/recovery.py" line="130" />
            <source>Campus Twin did not close normally. Edits to {name} that were not saved were kept (autosaved {when}). Restore them?</source>
            <translation>Campus Twin ne s’est pas fermé normalement. Les modifications non enregistrées de {name} ont été conservées (enregistrement automatique {when}). Les restaurer ?</translation>
        </message>
        <message>
            <location filename="../../twin/ui/recovery.py" line="160" />
            <source>Restore unsaved edits</source>
            <translation>Restaurer les modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="../../twin/ui/recovery.py" line="129" />
            <source>Restore unsaved edits?</source>
            <translation>Restaurer les modifications non enregistrées ?</translation>
        </message>
        <message>
            <location filename="../../twin/ui/recovery.py" line="126" />
            <source>an untitled layout</source>
            <translation>une implantation sans titre</translation>
        </message>
        <message>
            <location filename="../../twin/ui/recovery.py" line="124" />
            <source>the bundled Escaudain layout</source>
            <translation>l’implantation fournie d’Escaudain</translation>
        </message>
    </context>
    <context>
        <name>RecoveryFile</name>
        <message>
            <location filename="../../twin/io/recovery.py" line="143" />
            <source>has missing or mistyped fields</source>
            <translation>a des champs manquants ou du mauvais type</translation>
        </message>
        <message>
            <location filename="../../twin/io/recovery.py" line="130" />
            <source>is not a Campus Twin recovery file</source>
            <translation>n’est pas un fichier de récupération Campus Twin</translation>
        </message>
        <message>
            <location filename="../../twin/io/recovery.py" line="128" />
            <source>is not a recovery file (not valid JSON)</source>
            <translation>n’est pas un fichier de récupération (JSON invalide)</translation>
        </message>
        <message>
            <location filename="../../twin/io/recovery.py" line="132" />
            <source>was written by another version of Campus Twin</source>
            <translation>a été écrit par une autre version de Campus Twin</translation>
        </message>
    </context>
    <context>
        <name>Residents</name>
        <message>
            <location filename="../../twin/commands/residents.py" line="105" />
            <source>ABOVE the rule</source>
            <translation>AU-DESSUS de la règle</translation>
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="80" />
            <source>error: --residual {item!r}: expected COMMUNE=DAY/NIGHT, e.g. Escaudain=42/33</source>
            <translation>erreur : --residual {item!r} : attendu COMMUNE=JOUR/NUIT, par exemple Escaudain=42/33</translation>
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="84" />
            <source>error: the layout has no receptor (nearest homes) to report on</source>
            <translation>erreur : l’implantation n’a aucun point récepteur (habitations les plus proches) à évaluer</translation>
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="72" />
            <location filename="../../twin/commands/residents.py" line="93" />
            <source>error: {error}</source>
            <translation>erreur : {error}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="112" />
            <source>residual levels are planning assumptions (not measured); computed in {s} s</source>
            <translation>les niveaux résiduels sont des hypothèses d’étude (non mesurés) ; calculé en {s} s</translation>
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="105" />
            <source>within the rule</source>
            <translation>conforme à la règle</translation>
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="102" />
            <source>{at} ({reason}); weather: {source}</source>
            <translation>{at} ({reason}) ; météo : {source}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="107" />
            <source>{commune:10s} {dist:5d} m {dir:3s}  day {dday} dB(A) (emergence {eday} dB, {vday})  night {dnight} dB(A) (emergence {enight} dB, {vnight})  warm air {dt} K, plume at {h} m</source>
            <translation>{commune:10s} {dist:5d} m {dir:3s}  jour {dday} dB(A) (émergence {eday} dB, {vday})  nuit {dnight} dB(A) (émergence {enight} dB, {vnight})  air chaud {dt} K, panache à {h} m</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../twin/ui/editing.py" line="277" />
            <source>Minimum clear distance between two data halls (planning assumption)</source>
            <translation>Distance libre minimale entre deux salles informatiques (hypothèse d’étude)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="278" />
            <source>Minimum distance from the site boundary (planning assumption)</source>
            <translation>Distance minimale à la limite du site (hypothèse d’étude)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="275" />
            <source>Planning assumptions used by the checks (not published):</source>
            <translation>Hypothèses d’étude utilisées par les contrôles (non publiées) :</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="279" />
            <source>Power the grid connection can deliver (planning assumption)</source>
            <translation>Puissance que peut fournir le raccordement électrique (hypothèse d’étude)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="279" />
            <source>grid</source>
            <translation>réseau</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="278" />
            <source>setback</source>
            <translation>recul</translation>
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="277" />
            <source>spacing</source>
            <translation>écart</translation>
        </message>
    </context>
    <context>
        <name>Scene</name>
        <message>
            <location filename="../../twin/render/scene.py" line="488" />
            <source>Homes · {commune}</source>
            <translation>Habitations · {commune}</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="508" />
            <source>{m} m</source>
            <translation>{m} m</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="285" />
            <source>{name}
{mw} MW IT</source>
            <translation>{name}
{mw} MW informatiques</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="566" />
            <source>{name} · {ha} ha · ~{trees} trees</source>
            <translation>{name} · {ha} ha · ~{trees} arbres</translation>
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="533" />
            <source>{place}
{km} km {direction}</source>
            <translation>{place}
{km} km {direction}</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../twin/session.py" line="75" />
            <source>The airflow field is invalid (the solver gave up after repeated roll-backs): its recirculation is not passed to the plant model.</source>
            <translation>Le champ d’écoulement n’est pas valable (le calcul a abandonné après des retours en arrière répétés) : sa recirculation n’est pas transmise au modèle de la centrale.</translation>
        </message>
        <message>
            <location filename="../../twin/session.py" line="377" />
            <source>layout edit</source>
            <translation>modification de l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/session.py" line="393" />
            <source>replaying {source}</source>
            <translation>relecture de {source}</translation>
        </message>
        <message>
            <location filename="../../twin/session.py" line="391" />
            <source>simulated AI training and inference load (seeded, reproducible)</source>
            <translation>charge simulée d’entraînement et d’inférence d’IA (reproductible)</translation>
        </message>
        <message>
            <location filename="../../twin/session.py" line="229" />
            <source>{var}={text!r} is not a date and time such as 2030-07-25T14:00</source>
            <translation>{var}={text!r} n’est pas une date et une heure comme 2030-07-25T14:00</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="227" />
            <source>(more sources in the layout file)</source>
            <translation>(autres sources dans le fichier d’implantation)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="213" />
            <source>Assumptions and sources</source>
            <translation>Hypothèses et sources</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="107" />
            <source>Buildings: {name}</source>
            <translation>Bâtiments : {name}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="96" />
            <source>Campus</source>
            <translation>Campus</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="172" />
            <source>Campus Twin consultation sheet: {name}</source>
            <translation>Fiche de concertation Campus Twin : {name}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="181" />
            <source>Campus Twin — consultation sheet</source>
            <translation>Campus Twin — fiche de concertation</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="204" />
            <source>Day (7-22 h)</source>
            <translation>Jour (7-22 h)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="194" />
            <source>Every figure is a simulation of a planned campus whose building plan is not published: the layout is a planning assumption sized from the published totals (see page 2).</source>
            <translation>Chaque chiffre est une simulation d’un campus en projet dont le plan n’est pas publié : l’implantation est une hypothèse d’étude dimensionnée à partir des totaux publiés (voir page 2).</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="216" />
            <source>Figure</source>
            <translation>Chiffre</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="73" />
            <source>For every 100 kWh the computers use, the whole site would use about {total} kWh (annual PUE {pue}; the operator's target is 1.2).</source>
            <translation>Pour 100 kWh consommés par les ordinateurs, le site entier consommerait environ {total} kWh (PUE annuel {pue} ; l’objectif de l’exploitant est 1,2).</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="84" />
            <source>Heat sent to the districts: {gwh} GWh a year, as much as about {homes} homes use ({assumption}).</source>
            <translation>Chaleur envoyée aux quartiers : {gwh} GWh par an, autant qu’en consomment environ {homes} foyers ({assumption}).</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="204" />
            <source>Homes</source>
            <translation>Habitations</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="111" />
            <source>IT load through the year</source>
            <translation>Charge informatique au fil de l’année</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="77" />
            <source>In the hottest hour of the year ({when}, {t} °C) that ratio would reach {pue}.</source>
            <translation>À l’heure la plus chaude de l’année ({when}, {t} °C), ce rapport atteindrait {pue}.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="201" />
            <source>Neighbours: what the nearest homes would hear</source>
            <translation>Riverains : ce qu’entendraient les maisons les plus proches</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="204" />
            <source>Night (22-7 h)</source>
            <translation>Nuit (22-7 h)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="81" />
            <source>Outside air alone would cool the halls {free} hours of {hours}; chillers would run {chiller} hours.</source>
            <translation>L’air extérieur seul refroidirait les salles {free} heures sur {hours} ; les groupes froids tourneraient {chiller} heures.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="235" />
            <source>Page {n} of 2 · {created} UTC · layout {file} (SHA-256 {sha}…) · Campus Twin {version}</source>
            <translation>Page {n} sur 2 · {created} UTC · implantation {file} (SHA-256 {sha}…) · Campus Twin {version}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="131" />
            <source>Plant noise at the nearest homes on {date} (ISO 9613-2, downwind), and its emergence over the residual noise against the ICPE rule (+5 dB by day, +3 dB by night). Residual noise: {note}.</source>
            <translation>Bruit de la centrale aux maisons les plus proches le {date} (ISO 9613-2, sous le vent), et son émergence au-dessus du bruit résiduel comparée à la règle ICPE (+5 dB le jour, +3 dB la nuit). Bruit résiduel : {note}.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="96" />
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="216" />
            <source>Source or reasoning</source>
            <translation>Source ou raisonnement</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="216" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="69" />
            <source>The computers would draw {mw} MW on average over the year, out of {cap} MW installed.</source>
            <translation>Les ordinateurs appelleraient {mw} MW en moyenne sur l’année, sur {cap} MW installés.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="260" />
            <source>The neighbours' table could not be computed: {error}</source>
            <translation>Le tableau des riverains n’a pas pu être calculé : {error}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="112" />
            <source>Warm-air recirculation</source>
            <translation>Recirculation d’air chaud</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="87" />
            <source>Water evaporated for cooling: {m3} m³ a year ({wue} litres per kWh of computing).</source>
            <translation>Eau évaporée pour le refroidissement : {m3} m³ par an ({wue} litres par kWh de calcul).</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="110" />
            <source>Weather</source>
            <translation>Météo</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="189" />
            <source>What the figures say</source>
            <translation>Ce que disent les chiffres</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="126" />
            <source>above the rule</source>
            <translation>au-dessus de la règle</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="94" />
            <source>assumption</source>
            <translation>hypothèse</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="94" />
            <source>derived</source>
            <translation>dérivé</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="113" />
            <source>not included in these annual figures (intake air at ambient); twin year includes it</source>
            <translation>non comprise dans ces chiffres annuels (air aspiré à la température ambiante) ; twin year l’inclut</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="94" />
            <source>published</source>
            <translation>publié</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="111" />
            <source>simulated AI training and inference profile (seeded)</source>
            <translation>profil simulé d’entraînement et d’inférence d’IA (reproductible)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="126" />
            <source>within the rule</source>
            <translation>conforme à la règle</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="122" />
            <source>{commune}, {km} km {direction}</source>
            <translation>{commune}, {km} km {direction}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="127" />
            <source>{level} dB(A), +{emergence} dB ({verdict})</source>
            <translation>{level} dB(A), +{emergence} dB ({verdict})</translation>
        </message>
    </context>
    <context>
        <name>Snapshot</name>
        <message>
            <location filename="../../twin/commands/snapshot.py" line="140" />
            <source>  solver: the airflow field is INVALID; the overlays are drawn greyed</source>
            <translation>  calcul : le champ d’écoulement n’est PAS VALABLE ; les calques sont grisés</translation>
        </message>
        <message>
            <location filename="../../twin/commands/snapshot.py" line="104" />
            <source>, overlays {names}</source>
            <translation>, calques {names}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/snapshot.py" line="86" />
            <source>given on the command line</source>
            <translation>donné en ligne de commande</translation>
        </message>
        <message>
            <location filename="../../twin/commands/snapshot.py" line="102" />
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
        <name>Solver</name>
        <message>
            <location filename="../../twin/sim/airflow/backend.py" line="369" />
            <source>Compiled solver ready ({s} s); running on it</source>
            <translation>Calcul compilé prêt ({s} s) ; il est utilisé</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/backend.py" line="421" />
            <source>Compiled solver ready; running on it</source>
            <translation>Calcul compilé prêt ; il est utilisé</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/backend.py" line="372" />
            <source>Compiled solver unavailable ({err}); running on numpy</source>
            <translation>Calcul compilé indisponible ({err}) ; calcul avec numpy</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/backend.py" line="425" />
            <source>Compiling the solver's kernels in the background; running on numpy meanwhile</source>
            <translation>Compilation des noyaux de calcul en arrière-plan ; calcul avec numpy en attendant</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/backend.py" line="415" />
            <source>Solver on numpy (reference kernels)</source>
            <translation>Calcul avec numpy (noyaux de référence)</translation>
        </message>
        <message>
            <location filename="../../twin/sim/airflow/backend.py" line="404" />
            <source>unknown solver backend {name!r} ({var}); choose numpy, numba or auto</source>
            <translation>moteur de calcul inconnu {name!r} ({var}) ; choisissez numpy, numba ou auto</translation>
        </message>
    </context>
    <context>
        <name>SolverBackendStatus</name>
        <message>
            <location filename="../../twin/ui/solver_status.py" line="88" />
            <source>Solver: compiled (numba)</source>
            <translation>Calcul : compilé (numba)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/solver_status.py" line="86" />
            <source>Solver: compiling its kernels, {s} s (numpy meanwhile)</source>
            <translation>Calcul : compilation des noyaux, {s} s (numpy en attendant)</translation>
        </message>
        <message>
            <location filename="../../twin/ui/solver_status.py" line="92" />
            <source>Solver: numpy</source>
            <translation>Calcul : numpy</translation>
        </message>
        <message>
            <location filename="../../twin/ui/solver_status.py" line="90" />
            <source>Solver: numpy (compiling failed)</source>
            <translation>Calcul : numpy (la compilation a échoué)</translation>
        </message>
    </context>
    <context>
        <name>StreetCard</name>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="96" />
            <source>; the campus's warm air passes about {height} m overhead</source>
            <translation> ; l’air chaud du campus passe à environ {height} m au-dessus</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="79" />
            <source>At night it would be heard at {level}, above the rule by {margin} dB.</source>
            <translation>La nuit, on l’entendrait à {level}, au-dessus de la règle de {margin} dB.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="78" />
            <source>At night it would be heard at {level}, within the rule (margin {margin} dB).</source>
            <translation>La nuit, on l’entendrait à {level}, conforme à la règle (marge de {margin} dB).</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="147" />
            <source>Back to the figures</source>
            <translation>Retour aux chiffres</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="77" />
            <source>By day the campus would be heard at {level}, above the rule by {margin} dB.</source>
            <translation>Le jour, on entendrait le campus à {level}, au-dessus de la règle de {margin} dB.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="76" />
            <source>By day the campus would be heard at {level}, within the rule (margin {margin} dB).</source>
            <translation>Le jour, on entendrait le campus à {level}, conforme à la règle (marge de {margin} dB).</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="84" />
            <source>Noise ({period}): not computed yet.</source>
            <translation>Bruit ({period}) : pas encore calculé.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="71" />
            <source>Noise by day and at night: {state}.</source>
            <translation>Bruit le jour et la nuit : {state}.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="99" />
            <source>The air in the street would be {rise} °C warmer at that hour.</source>
            <translation>L’air de la rue serait plus chaud de {rise} °C à cette heure-là.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="94" />
            <source>The air in the street would not be measurably warmer</source>
            <translation>L’air de la rue ne serait pas plus chaud de façon mesurable</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="66" />
            <source>The campus is {km} km {direction} of the nearest homes of {commune}.</source>
            <translation>Le campus est à {km} km {direction} des premières maisons de {commune}.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="61" />
            <source>This layout has no homes marked in {commune}.</source>
            <translation>Cette implantation n’a pas d’habitations repérées à {commune}.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="92" />
            <source>Warmer air in the street: not computed yet.</source>
            <translation>Air plus chaud dans la rue : pas encore calculé.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="72" />
            <source>Warmer air in the street: {state}.</source>
            <translation>Air plus chaud dans la rue : {state}.</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="138" />
            <source>What about {commune}?</source>
            <translation>Et à {commune} ?</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="104" />
            <source>at night</source>
            <translation>la nuit</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="70" />
            <source>being computed…</source>
            <translation>en cours de calcul…</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="104" />
            <source>by day</source>
            <translation>le jour</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="70" />
            <source>not computed yet</source>
            <translation>pas encore calculé</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="29" />
            <source>to the east</source>
            <translation>à l’est</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="29" />
            <source>to the north</source>
            <translation>au nord</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="29" />
            <source>to the north-east</source>
            <translation>au nord-est</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="30" />
            <source>to the north-west</source>
            <translation>au nord-ouest</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="30" />
            <source>to the south</source>
            <translation>au sud</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="29" />
            <source>to the south-east</source>
            <translation>au sud-est</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="30" />
            <source>to the south-west</source>
            <translation>au sud-ouest</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="30" />
            <source>to the west</source>
            <translation>à l’ouest</translation>
        </message>
    </context>
    <context>
        <name>Tools</name>
        <message>
            <location filename="../../../../twin/ui/tools/add.py" line="28" />
            <source>Add: click on the site to place a {kind} · Esc: cancel</source>
            <translation>Ajouter : cliquez sur le site pour placer {kind} · Échap : annuler</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/select.py" line="30" />
            <source>Click: select · Shift-drag: move a building · Shift-drag a yard: move the yard alone</source>
            <translation>Clic : sélectionner · Maj + glisser : déplacer un bâtiment · Maj + glisser une aire : déplacer l’aire seule</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/select.py" line="103" />
            <source>Move: drag a building to move it with its yards and pipes; drag a yard to move it alone · Esc: back to select</source>
            <translation>Déplacer : faites glisser un bâtiment pour le déplacer avec ses aires et ses tuyaux ; une aire pour la déplacer seule · Échap : retour à la sélection</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/__init__.py" line="95" />
            <source>Refused: {reason} (hard rules are enforced; see Edit ▸ Refuse drops that break a hard rule)</source>
            <translation>Refusé : {reason} (les règles strictes s’appliquent ; voir Édition ▸ Refuser les dépôts qui enfreignent une règle stricte)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/resize.py" line="25" />
            <source>Resize: click a building, then drag a corner grip (area shown live) · Esc: back to select</source>
            <translation>Redimensionner : cliquez sur un bâtiment, puis tirez une poignée d’angle (surface affichée en direct) · Échap : retour à la sélection</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/rotate.py" line="29" />
            <source>Rotate: click a building, then drag its blue grip (snaps to 5° and to the site axes; Ctrl: free) · Esc: back to select</source>
            <translation>Tourner : cliquez sur un bâtiment, puis tirez sa poignée bleue (pas de 5° et axes du site ; Ctrl : libre) · Échap : retour à la sélection</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/__init__.py" line="100" />
            <source>Warning: {reason}</source>
            <translation>Avertissement : {reason}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/rotate.py" line="89" />
            <source>{label} (long side at {angle}° from east)</source>
            <translation>{label} (grand côté à {angle}° de l’est)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/resize.py" line="88" />
            <source>{label} · {area:,.0f} m²</source>
            <translation>{label} · {area:,.0f} m²</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/select.py" line="61" />
            <source>{label}: {dx:+.0f} m east, {dy:+.0f} m north</source>
            <translation>{label} : {dx:+.0f} m vers l’est, {dy:+.0f} m vers le nord</translation>
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <location filename="../../twin/io/tour.py" line="72" />
            <source>, field {field}</source>
            <translation>, champ {field}</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="70" />
            <source>: stop {stop}</source>
            <translation> : arrêt {stop}</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="193" />
            <source>a preset camera takes no other field</source>
            <translation>une caméra prédéfinie n’accepte aucun autre champ</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="140" />
            <source>each stop must be a JSON object</source>
            <translation>chaque arrêt doit être un objet JSON</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="143" />
            <source>every stop needs an id (text)</source>
            <translation>chaque arrêt doit avoir un id (texte)</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="123" />
            <source>must be a file name (text)</source>
            <translation>doit être un nom de fichier (texte)</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="208" />
            <source>must be a list of 3 numbers (metres east, north, up)</source>
            <translation>doit être une liste de 3 nombres (mètres vers l’est, le nord, le haut)</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="153" />
            <source>must be a list of overlay ids among {ids}</source>
            <translation>doit être une liste d’identifiants de calques parmi {ids}</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="126" />
            <source>must be a non-empty list of stops</source>
            <translation>doit être une liste d’arrêts non vide</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="214" />
            <source>must be a number, got {value}</source>
            <translation>doit être un nombre, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="164" />
            <source>must be an object with from_deg and speed_ms</source>
            <translation>doit être un objet avec from_deg et speed_ms</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="175" />
            <source>must be an object with the text in each language ({languages})</source>
            <translation>doit être un objet avec le texte dans chaque langue ({languages})</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="216" />
            <source>must be between {low:g} and {high:g}, got {value:g}</source>
            <translation>doit être compris entre {low:g} et {high:g}, reçu {value:g}</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="159" />
            <source>must be one of {choices}, got {value}</source>
            <translation>doit être l’un de {choices}, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="186" />
            <source>must be {example} or a pose with position and focal_point</source>
            <translation>doit être {example} ou une pose avec position et focal_point</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="156" />
            <source>must look like 07-25T15:00 (month-day, hour:minute), got {value}</source>
            <translation>doit ressembler à 07-25T15:00 (mois-jour, heure:minute), reçu {value}</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="115" />
            <source>not a Campus Twin tour (campus_twin.schema must be {schema})</source>
            <translation>ce n’est pas une visite Campus Twin (campus_twin.schema doit valoir {schema})</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="105" />
            <source>not valid JSON ({reason})</source>
            <translation>JSON invalide ({reason})</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="199" />
            <source>the camera must stand at least 1 m from the point it looks at</source>
            <translation>la caméra doit se tenir à au moins 1 m du point qu’elle vise</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="112" />
            <source>the file must hold a JSON object</source>
            <translation>le fichier doit contenir un objet JSON</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="201" />
            <source>the up vector must not be zero</source>
            <translation>le vecteur vertical ne doit pas être nul</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="179" />
            <source>the {language} text is missing or empty (every text is needed in {languages})</source>
            <translation>le texte {language} est absent ou vide (chaque texte est nécessaire en {languages})</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="132" />
            <source>this id is used by an earlier stop; ids must be unique</source>
            <translation>cet id est déjà utilisé par un arrêt précédent ; les id doivent être uniques</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="117" />
            <source>tour version {version} is not supported (supports {supported})</source>
            <translation>la version de visite {version} n’est pas prise en charge (version prise en charge : {supported})</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="147" />
            <source>unknown field (known: {known})</source>
            <translation>champ inconnu (connus : {known})</translation>
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="189" />
            <source>unknown preset {preset}; choose one of {choices}</source>
            <translation>vue prédéfinie inconnue {preset} ; choisissez parmi {choices}</translation>
        </message>
    </context>
    <context>
        <name>TourPlayer</name>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="284" />
            <source>&amp;Add this view as a stop</source>
            <translation>&amp;Ajouter cette vue comme arrêt</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="286" />
            <source>&amp;Save tour</source>
            <translation>&amp;Enregistrer la visite</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="367" />
            <source>(being computed)</source>
            <translation>(en cours de calcul)</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="276" />
            <source>Cannot save tour</source>
            <translation>Impossible d’enregistrer la visite</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="251" />
            <source>Caption of this stop ({language}):</source>
            <translation>Légende de cet arrêt ({language}) :</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="285" />
            <source>Edit this stop’s &amp;caption…</source>
            <translation>Modifier la &amp;légende de cet arrêt…</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="288" />
            <source>Guided &amp;tour</source>
            <translation>Visite &amp;guidée</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="282" />
            <source>Next stop</source>
            <translation>Arrêt suivant</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="283" />
            <source>Pause tour</source>
            <translation>Mettre la visite en pause</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="283" />
            <source>Play tour</source>
            <translation>Lancer la visite</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="280" />
            <source>Previous stop</source>
            <translation>Arrêt précédent</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="269" />
            <source>Save tour</source>
            <translation>Enregistrer la visite</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="287" />
            <source>Start the guided &amp;tour</source>
            <translation>Commencer la visite &amp;guidée</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="250" />
            <source>Stop caption</source>
            <translation>Légende de l’arrêt</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="370" />
            <source>Stop {n} of {total}</source>
            <translation>Arrêt {n} sur {total}</translation>
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="269" />
            <source>Tour (*.tour.json)</source>
            <translation>Visite (*.tour.json)</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../twin/model/validation.py" line="254" />
            <source>IT capacity {total:.0f} MW at PUE {pue:g} draws {draw:.0f} MW, more than the grid connection of {grid:.0f} MW</source>
            <translation>une puissance informatique de {total:.0f} MW avec un PUE de {pue:g} appelle {draw:.0f} MW, plus que le raccordement de {grid:.0f} MW</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="197" />
            <source>buildings take {lost:.2f} ha of the reserve: {area:.1f} ha left of the announced {target:g} ha</source>
            <translation>les bâtiments prennent {lost:.2f} ha à la réserve : il reste {area:.1f} ha sur les {target:g} ha annoncés</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="192" />
            <source>reserve area is {area} ha, far from the announced {target} ha</source>
            <translation>la réserve fait {area} ha, loin des {target} ha annoncés</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="188" />
            <source>the nature reserve extends outside the site boundary</source>
            <translation>la réserve naturelle dépasse la limite du site</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="249" />
            <source>total IT capacity {total:.0f} MW exceeds the grid connection of {grid:.0f} MW</source>
            <translation>la puissance informatique totale de {total:.0f} MW dépasse le raccordement de {grid:.0f} MW</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="233" />
            <source>{first} and {second} are {gap:.0f} m apart; the minimum spacing between halls is {spacing:g} m (planning assumption)</source>
            <translation>{first} et {second} sont à {gap:.0f} m l’un de l’autre ; l’espacement minimal entre salles est de {spacing:g} m (hypothèse d’étude)</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="227" />
            <source>{first} overlaps {second}</source>
            <translation>{first} chevauche {second}</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="218" />
            <source>{name} encroaches on the nature reserve ({area:,.0f} m²)</source>
            <translation>{name} empiète sur la réserve naturelle ({area:,.0f} m²)</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="243" />
            <source>{name} is {distance:.0f} m from the facility-water mains: no pipe serves it</source>
            <translation>{name} est à {distance:.0f} m du réseau d’eau de refroidissement : aucun tuyau ne le dessert</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="212" />
            <source>{name} is {distance:.0f} m from the site boundary; the setback is {setback:g} m (planning assumption)</source>
            <translation>{name} est à {distance:.0f} m de la limite du site ; le recul est de {setback:g} m (hypothèse d’étude)</translation>
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="207" />
            <source>{name} lies partly outside the site boundary</source>
            <translation>{name} dépasse en partie la limite du site</translation>
        </message>
    </context>
    <context>
        <name>Weather</name>
        <message>
            <location filename="../../twin/core/provenance.py" line="56" />
            <source>HEAT WAVE 22-27 July 2019</source>
            <translation>CANICULE 22-27 juillet 2019</translation>
        </message>
        <message>
            <location filename="../../twin/core/provenance.py" line="54" />
            <source>SYNTHETIC year</source>
            <translation>Année SYNTHÉTIQUE</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="82" />
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="78" />
            <source>dry-bulb temperature</source>
            <translation>température sèche</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="120" />
            <source>expected the header record {name}, found {found}</source>
            <translation>enregistrement d’en-tête {name} attendu, trouvé {found}</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="158" />
            <location filename="../../twin/io/epw.py" line="161" />
            <source>impossible date {month:02d}-{day:02d}</source>
            <translation>date impossible {month:02d}-{day:02d}</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="153" />
            <source>impossible date/hour month={month} hour={hour}</source>
            <translation>date ou heure impossible : mois={month} heure={hour}</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="151" />
            <source>impossible year {year}</source>
            <translation>année impossible {year}</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="182" />
            <source>missing-value code {raw} (&gt;= {missing:g}); fill the gap before use</source>
            <translation>code de valeur manquante {raw} (&gt;= {missing:g}) ; comblez la lacune avant usage</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="180" />
            <source>not a finite number: {raw}</source>
            <translation>pas un nombre fini : {raw}</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="178" />
            <source>not a number: {raw}</source>
            <translation>pas un nombre : {raw}</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="116" />
            <source>only {lines} lines; an EPW file starts with {records} header records</source>
            <translation>seulement {lines} lignes ; un fichier EPW commence par {records} enregistrements d’en-tête</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="79" />
            <source>relative humidity</source>
            <translation>humidité relative</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="80" />
            <source>wind direction</source>
            <translation>direction du vent</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="81" />
            <source>wind speed</source>
            <translation>vitesse du vent</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="148" />
            <source>year, month, day and hour must be integers</source>
            <translation>l’année, le mois, le jour et l’heure doivent être des nombres entiers</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="143" />
            <source>{count} comma-separated fields, expected {expected}</source>
            <translation>{count} champs séparés par des virgules, {expected} attendus</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="170" />
            <source>{month:02d}-{day:02d} hour {hour} comes before the row above (line {above}); rows must be in time order without duplicates</source>
            <translation>{month:02d}-{day:02d} heure {hour} précède la ligne du dessus (ligne {above}) ; les lignes doivent suivre l’ordre du temps sans doublon</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="167" />
            <source>{month:02d}-{day:02d} hour {hour} repeats the time of the row above (line {above}); rows must be in time order without duplicates</source>
            <translation>{month:02d}-{day:02d} heure {hour} répète l’heure de la ligne du dessus (ligne {above}) ; les lignes doivent suivre l’ordre du temps sans doublon</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="134" />
            <source>{rows} data rows; at least one day (24 rows) is needed</source>
            <translation>{rows} lignes de données ; il faut au moins un jour (24 lignes)</translation>
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="185" />
            <source>{value:g} is outside the valid range {low:g} to {high:g}</source>
            <translation>{value:g} est hors de la plage valide de {low:g} à {high:g}</translation>
        </message>
    </context>
    <context>
        <name>bench</name>
        <message>
            <location filename="../../twin/commands/bench.py" line="53" />
            <source>--backends expects cell sizes in metres such as 8,4, not {v!r}</source>
            <translation>--backends attend des tailles de cellule en mètres comme 8,4, pas {v!r}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/bench.py" line="102" />
            <source>{message} ({s} s; {hits} kernels from the cache, {compiled} compiled; cache {cache})</source>
            <translation>{message} ({s} s ; {hits} noyaux lus dans le cache, {compiled} compilés ; cache {cache})</translation>
        </message>
    </context>
    <context>
        <name>twin</name>
        <message>
            <location filename="../../twin/commands/sweep.py" line="146" />
            <source>--out must end in .csv or .json: {path}</source>
            <translation>--out doit finir par .csv ou .json : {path}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="108" />
            <source>--resolution must be DX or DXxDZ in metres (e.g. 16 or 16x10), not {text}</source>
            <translation>--resolution doit être DX ou DXxDZ en mètres (par exemple 16 ou 16x10), pas {text}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="148" />
            <source>--scheduler {address}: {message}</source>
            <translation>--scheduler {address} : {message}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="144" />
            <source>--sectors must be at least 1, not {n}</source>
            <translation>--sectors doit valoir au moins 1, pas {n}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="83" />
            <location filename="../../twin/commands/year.py" line="125" />
            <source>--speed-edges must be numbers separated by commas: {text}</source>
            <translation>--speed-edges doit être une liste de nombres séparés par des virgules : {text}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="87" />
            <source>--speeds must be at least 1, not {n}</source>
            <translation>--speeds doit valoir au moins 1, pas {n}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/__init__.py" line="44" />
            <location filename="../../twin/commands/run.py" line="38" />
            <source>Cannot open layout</source>
            <translation>Impossible d’ouvrir l’implantation</translation>
        </message>
        <message>
            <location filename="../../twin/commands/listen.py" line="196" />
            <source>MQTT password for {user}: </source>
            <translation>Mot de passe MQTT pour {user} : </translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="217" />
            <source>annual PUE by hall: {halls}</source>
            <translation>PUE annuel par salle : {halls}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="214" />
            <source>annual PUE {pue}; hottest hour {hour} at {temp:.1f} C: PUE {peak}</source>
            <translation>PUE annuel {pue} ; heure la plus chaude {hour} à {temp:.1f} °C : PUE {peak}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="236" />
            <source>cannot write {path}: {reason}</source>
            <translation>impossible d’écrire {path} : {reason}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="219" />
            <source>chiller hours {ch:.0f}, free-cooling hours {fc:.0f}, adiabatic hours {ad:.0f}</source>
            <translation>heures de groupes froids {ch:.0f}, heures de refroidissement naturel {fc:.0f}, heures adiabatiques {ad:.0f}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/listen.py" line="88" />
            <source>error: --password would show the password to every user of this computer (process list); set {var} or leave it unset to be asked</source>
            <translation>erreur : --password montrerait le mot de passe à tous les utilisateurs de cet ordinateur (liste des processus) ; définissez {var} ou laissez-le vide pour qu’il soit demandé</translation>
        </message>
        <message>
            <location filename="../../twin/commands/listen.py" line="198" />
            <source>error: --username {user} needs a password: set {var} (no terminal to ask on)</source>
            <translation>erreur : --username {user} demande un mot de passe : définissez {var} (pas de terminal pour le demander)</translation>
        </message>
        <message>
            <location filename="../../twin/commands/compare.py" line="54" />
            <location filename="../../twin/commands/sweep.py" line="128" />
            <location filename="../../twin/commands/year.py" line="96" />
            <location filename="../../twin/commands/year.py" line="171" />
            <source>error: {message}</source>
            <translation>erreur : {message}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="224" />
            <source>heat exported {mwh:.0f} MWh ~ {homes} homes ({assumption}); export line {km:.2f} km, {loss:.0f} MWh lost to the ground</source>
            <translation>chaleur exportée {mwh:.0f} MWh ≈ {homes} foyers ({assumption}) ; conduite d’export {km:.2f} km, {loss:.0f} MWh perdus dans le sol</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="222" />
            <source>heat exported: none</source>
            <translation>chaleur exportée : aucune</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="211" />
            <source>mean intake rise: {rises}</source>
            <translation>réchauffement moyen de l’air aspiré : {rises}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="199" />
            <source>no data</source>
            <translation>pas de données</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="206" />
            <source>recirculation: airflow solver, {cases} wind cases ({sectors} sectors; {solved} solved now, {cached} from cache) on a {dx:g} m x {dz:g} m grid</source>
            <translation>recirculation : calcul d’écoulement, {cases} cas de vent ({sectors} secteurs ; {solved} calculés maintenant, {cached} en cache) sur une grille de {dx:g} m x {dz:g} m</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="213" />
            <source>recirculation: {source}</source>
            <translation>recirculation : {source}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="230" />
            <source>sweep {sweep:.1f} s, plant year {plant:.1f} ms</source>
            <translation>balayage {sweep:.1f} s, année de la centrale {plant:.1f} ms</translation>
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="227" />
            <location filename="../../twin/commands/year.py" line="186" />
            <source>warning: {message}</source>
            <translation>avertissement : {message}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/listen.py" line="118" />
            <source>warning: {warning}</source>
            <translation>avertissement : {warning}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="228" />
            <source>water used {m3:.0f} m3</source>
            <translation>eau consommée {m3:.0f} m3</translation>
        </message>
        <message>
            <location filename="../../twin/commands/compare.py" line="72" />
            <location filename="../../twin/commands/year.py" line="203" />
            <source>weather: {source}</source>
            <translation>météo : {source}</translation>
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="320" />
            <source>{cases} cases ({solved} solved now, {cached} from cache) on {cores} cores in {sweep:.1f} s ({rate} cases per hour per core; worker peak {rss} MiB)</source>
            <translation>{cases} cas ({solved} calculés maintenant, {cached} en cache) sur {cores} cœurs en {sweep:.1f} s ({rate} cas par heure et par cœur ; pic mémoire par processus {rss} Mio)</translation>
        </message>
        <message>
            <location filename="../../twin/commands/compare.py" line="50" />
            <source>{name}:</source>
            <translation>{name} :</translation>
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="328" />
            <source>{name}: annual PUE {pue}; mean intake rise {rises}</source>
            <translation>{name} : PUE annuel {pue} ; réchauffement moyen de l’air aspiré {rises}</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="248" />
            <source>Animation not written</source>
            <translation>Animation non écrite</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="240" />
            <source>Cannot export animation</source>
            <translation>Impossible d’exporter l’animation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="55" />
            <source>Cannot export snapshot</source>
            <translation>Impossible d’exporter la capture</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="227" />
            <source>Export animation</source>
            <translation>Exporter une animation</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="71" />
            <source>Export snapshot</source>
            <translation>Exporter une capture</translation>
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="228" />
            <source>MP4 video (*.mp4);;GIF animation (*.gif)</source>
            <translation>Vidéo MP4 (*.mp4);;Animation GIF (*.gif)</translation>
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
