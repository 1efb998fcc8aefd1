<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Airflow</name>
        <message>
            <location filename="../../twin/sim/airflow/domain.py" line="348" />
            <source>A {dx:g} m x {dz:g} m grid over this site needs {cells:,} cells, more than the budget of {budget:,}; the solver would slow far below its usual speed. Choose cells of about {fit:.0f} m or more (or raise max_cells).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/solver.py" line="1369" />
            <source>airflow field INVALID: {n} roll-backs in a row (last: {reason} at t={t:.0f} s); the solver stopped. Change the wind, the layout or the resolution to restart it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="603" />
            <source>airflow solver error, paused: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="577" />
            <source>airflow solver failed to start: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/solver.py" line="1374" />
            <source>airflow step rejected at t={t:.0f} s ({reason}); rolled back to the last good state (t={t0:.0f} s) and retrying with a step of {dt:.2g} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="508" />
            <source>on_frame callback failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="81" />
            <source>{text} ({n} times)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AirflowPanel</name>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="192" />
            <source> m above ground</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="194" />
            <source>Air</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="237" />
            <source>Air over the nature reserve: {rise} K vs ambient
Strongest wind at pedestrian height: {wind} m/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="233" />
            <source>Air over the nature reserve: —
Strongest wind at pedestrian height: — (the field is invalid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="180" />
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="187" />
            <source>Cells of 4 m: building-scale detail, about four times the cells of the default grid, so the solver runs about four times slower</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="179" />
            <source>Direction the wind blows from, clockwise from north (240° = WSW, the prevailing wind)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="193" />
            <source>Height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="51" />
            <source>INVALID — the solver gave up after repeated roll-backs. The overlays show the last good field, greyed, and its recirculation is not passed to the plant. Change the wind, the layout or the resolution to restart it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="43" />
            <source>Intake temperature rise per hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="182" />
            <location filename="../../twin/ui/airflow_panel.py" line="280" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="41" />
            <source>Plume (air 2 °C warmer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="194" />
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="182" />
            <location filename="../../twin/ui/airflow_panel.py" line="280" />
            <source>Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="189" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="194" />
            <source>Showing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="181" />
            <source>Solver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="183" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="40" />
            <source>Vertical slice along the wind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="39" />
            <source>Warm air at a height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="177" />
            <source>Wind and air</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="42" />
            <source>Wind arrows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="194" />
            <source>Wind from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="194" />
            <source>Wind speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="29" />
            <source>coarse (12 m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="30" />
            <source>default (8 m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="32" />
            <source>detailed (4 m, slower)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="31" />
            <source>fine (6 m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="48" />
            <source>first look — the previous wind fitted to the new layout; refining…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="178" />
            <source>follow the weather being played</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="50" />
            <source>settled — the statistics of the flow no longer change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="55" />
            <source>settling — rolled back {n} times since the last edit, so not called settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="49" />
            <source>settling — the flow is still adjusting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="115" />
            <location filename="../../twin/ui/airflow_panel.py" line="200" />
            <source>starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="262" />
            <source>{cells} cells · {rtf}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="260" />
            <source>{factor}× faster than real time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Animate</name>
        <message>
            <location filename="../../twin/commands/animate.py" line="114" />
            <source>--pvd needs --kind day, a .pvd file name and a positive --pvd-every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="144" />
            <source>cancelled: {out} was not written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="147" />
            <source>failed, {out} was not written: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="134" />
            <source>rendering {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="132" />
            <source>settling the airflow on the layout's design weather…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="150" />
            <source>wrote {out} ({frames} frames, {w}x{h} at {fps:g} fps, {seconds:g} s) in {elapsed:.1f} s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnimationDialog</name>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="73" />
            <source>25 July 2019 heat wave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="53" />
            <source>A day on the campus (24 h simulated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="56" />
            <source>Animation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="78" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="50" />
            <source>Export animation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="61" />
            <source>Frame size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="65" />
            <source>Frames per second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="70" />
            <source>Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="54" />
            <source>Orbit around the campus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="86" />
            <source>Overlays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="54" />
            <source>Tour of the views</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnimationExport</name>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="176" />
            <source>Animation written to {path} ({n} frames in {s:.0f} s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="140" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="158" />
            <source>Cancelled: {name} was not written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="142" />
            <source>Export animation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="187" />
            <source>Rendering {name}: frame {done} of {total}, about {left:.0f} s left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="140" />
            <source>Rendering {name}…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AutoSaver</name>
        <message>
            <location filename="../../twin/ui/recovery.py" line="74" />
            <source>Autosave failed ({reason}): unsaved edits are not protected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Caption</name>
        <message>
            <location filename="../../twin/render/snapshot.py" line="396" />
            <source>(in memory)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="830" />
            <source>INVALID (not the conditions shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="471" />
            <source>IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="854" />
            <source>Layout {file} · rendered {when} UTC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="781" />
            <source>Layout: planning assumption (the real plan is not published).  Published: 38 ha, up to 700 MW, 6 ha reserve, PUE 1.2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="862" />
            <source>Overlays: {overlays} · airflow {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="472" />
            <source>PUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="783" />
            <source>Pipes: red = facility water supply, blue = return, orange = district-heat export supply, violet = its return.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="366" />
            <source>Tour:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="857" />
            <source>Wind from {direction:.0f}° ({compass}) at {speed} m/s, air {air} °C · {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="758" />
            <source>Wind from {direction:.0f}° at {speed} m/s, air {air} °C · airflow {tier} after {time:.0f} s simulated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="473" />
            <source>heat exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="842" />
            <source>intake air rise per hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="387" />
            <source>layout design scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="195" />
            <source>non-finite field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="861" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="831" />
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="840" />
            <source>plume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="828" />
            <source>settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="829" />
            <source>settling (indicative)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="190" />
            <source>stale: conditions changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="839" />
            <source>vertical slice along the wind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="838" />
            <source>warm air at a height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="841" />
            <source>wind arrows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="504" />
            <source>{load:.0f} of {capacity:g} MW IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="473" />
            <source>{mw} MW (~{homes} homes' use)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="777" />
            <source>{name}  ·  {mw:.0f} MW IT in {halls} data halls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="181" />
            <source>{time:.0f} s simulated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="852" />
            <source>{when} · layout {file}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../twin/model/commands.py" line="473" />
            <source>Add {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="715" />
            <source>Cooler height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="706" />
            <source>Cooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="157" />
            <source>Cooling plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="156" />
            <source>Data hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="203" />
            <source>Data hall {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="486" />
            <source>Delete {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="523" />
            <source>Duplicate {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="161" />
            <source>Gatehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="719" />
            <source>Generator rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="717" />
            <source>Generators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="709" />
            <source>Heat rejection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="159" />
            <source>Heat-recovery plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="713" />
            <source>Heat-rejection position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="700" />
            <source>Height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="705" />
            <source>IT capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="664" />
            <source>Move cooler yard of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="670" />
            <source>Move generator yard of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="531" />
            <source>Move {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="699" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="921" />
            <source>New layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="922" />
            <source>New layout from the empty site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="160" />
            <source>Offices and training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="628" />
            <source>Resize {name} to {w} × {d} m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="565" />
            <source>Rotate {name} by {angle}°</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="820" />
            <source>Set {label} of {name} to {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="914" />
            <source>Set {title} to {value:g} {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="701" />
            <source>Storeys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="158" />
            <source>Substation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="911" />
            <source>The {title} must be between {low:g} and {high:g} {unit}, got {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="728" />
            <source>adiabatic (evaporative assist)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="731" />
            <source>adiabatic coolers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="729" />
            <source>chillers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="732" />
            <source>cooling towers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="727" />
            <source>direct liquid cooling + dry coolers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="730" />
            <source>dry coolers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="896" />
            <source>grid connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="894" />
            <source>minimum spacing between halls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="726" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="450" />
            <source>return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="733" />
            <source>roof</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="895" />
            <source>setback from the site boundary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="450" />
            <source>supply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="903" />
            <source>the scenario has no editable rule {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="783" />
            <source>the {label} must be at most 60 characters, got {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="781" />
            <source>the {label} must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="734" />
            <source>yard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="795" />
            <source>{label} must be a finite number, got {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="793" />
            <source>{label} must be a number, got {value!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="798" />
            <source>{label} must be a whole number, got {value:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="802" />
            <source>{label} must be between {low:g} and {high:g}{unit}, got {value:g}{unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="788" />
            <source>{label} must be one of {choices}, got {value!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="453" />
            <source>{name} branch, {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="668" />
            <source>{name} has no generator yard to move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="659" />
            <source>{name} has no heat-rejection equipment to move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="586" />
            <source>{name}: footprint sides must be between {low:g} and {high:g} m, got {value} m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="672" />
            <source>{name}: no part called {part!r} can move on its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="661" />
            <source>{name}: roof coolers move with their roof; set their position to yard first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="562" />
            <source>{name}: the rotation must be a number of degrees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="760" />
            <source>{name}: {field} cannot be edited here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="775" />
            <source>{name}: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="808" />
            <source>{storeys} storeys in {height} m leaves {per} m a storey; at least 3 m is needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="208" />
            <source>{title} {n}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <location filename="../../twin/ui/compare.py" line="143" />
            <source>B - A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="277" />
            <source>B is a copy of A: edit it, then compare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="256" />
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="182" />
            <source>Campus layout (*.geojson *.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="173" />
            <source>Cannot open layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="295" />
            <source>Compare over a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="278" />
            <source>Compare the two layouts over a year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="220" />
            <source>Comparing: the airflow solver sweeps the wind rose for each layout (minutes the first time, instant from the cache)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="137" />
            <source>Duplicate as alternative &amp;B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="136" />
            <source>Duplicate as alternative B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="141" />
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="142" />
            <source>Export PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="256" />
            <location filename="../../twin/ui/compare.py" line="261" />
            <source>Export comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="285" />
            <source>One layout. Duplicate it or open another as alternative B.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="182" />
            <source>Open layout as B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="138" />
            <source>Open layout as B…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="326" />
            <source>Over {weather}; recirculation from {cases} wind cases on a {dx:g} m grid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="261" />
            <source>PNG image (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="287" />
            <source>Showing alternative {which} ({key} switches)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="139" />
            <source>Switch A/B ({key})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="140" />
            <source>Switch between alternatives A and B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="315" />
            <source>The comparison failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="295" />
            <source>Year figures of this layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="143" />
            <source>figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/compare.py" line="143" />
            <source>verdict</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Compass</name>
        <message>
            <location filename="../../twin/render/scene.py" line="134" />
            <source>E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="134" />
            <source>ENE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="135" />
            <source>ESE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="134" />
            <location filename="../../twin/render/scene.py" line="514" />
            <source>N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="134" />
            <source>NE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="134" />
            <source>NNE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="137" />
            <source>NNW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="136" />
            <source>NW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="135" />
            <source>S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="135" />
            <source>SE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="135" />
            <source>SSE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="135" />
            <source>SSW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="136" />
            <source>SW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="136" />
            <source>W</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="136" />
            <source>WNW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="136" />
            <source>WSW</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="173" />
            <source> · water used {m3} m³</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="129" />
            <source>Heat delivered to the district line. Homes: the yearly heat of one home is taken as {mwh} MWh (ADEME: 1 TWh/yr ~ 100,000 homes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="118" />
            <source>Heat exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="114" />
            <source>IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="114" />
            <location filename="../../twin/ui/dashboard.py" line="126" />
            <location filename="../../twin/ui/dashboard.py" line="162" />
            <source>IT load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="170" />
            <source>IT load on free cooling · chillers on in {on} of {halls} halls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="162" />
            <source>IT load · some halls stale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="119" />
            <source>Load on free cooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="115" />
            <source>PUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="124" />
            <location filename="../../twin/ui/dashboard.py" line="158" />
            <source>PUE now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="160" />
            <source>PUE now · no IT load reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="69" />
            <location filename="../../twin/ui/dashboard.py" line="146" />
            <source>Starting the plant model…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="116" />
            <source>Temperatures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="125" />
            <source>Total facility power / IT power, from the plant model (target 1.2, published)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="119" />
            <location filename="../../twin/ui/dashboard.py" line="131" />
            <source>free cooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="127" />
            <source>heat exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="168" />
            <source>heat exported · at this rate ≈ {homes} homes heated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="165" />
            <source>heat exported · none now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="156" />
            <source>no data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="116" />
            <source>outside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="132" />
            <source>outside air</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="177" />
            <source>outside air · RH {rh} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="118" />
            <source>to districts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="117" />
            <source>water return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="116" />
            <source>water supply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="179" />
            <source>{when} · load: {source} · weather: {weather}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message>
            <location filename="../../twin/ui/editing.py" line="185" />
            <source>Click a building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="195" />
            <source>Click a layout check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="194" />
            <source>Ctrl+1 … Ctrl+4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="193" />
            <source>Ctrl+Z, Ctrl+Shift+Z</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="192" />
            <source>Delete, Ctrl+D</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="191" />
            <source>Edit ▸ Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="182" />
            <source>Left-drag on open ground</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="99" />
            <source>Left-drag: orbit · right-drag: zoom · middle-drag: pan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="188" />
            <source>M, R, S, Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="184" />
            <source>Middle-drag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="177" />
            <source>Mouse and keyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="190" />
            <source>Resize tool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="154" />
            <source>Revert to the bundled campus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="183" />
            <source>Right-drag / wheel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="189" />
            <source>Rotate tool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="141" />
            <source>Select a building first (click it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="186" />
            <source>Shift-drag a building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="187" />
            <source>Shift-drag a yard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="192" />
            <source>delete, duplicate the selected building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="190" />
            <source>drag a corner grip; the area is shown live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="189" />
            <source>drag the blue grip; snaps to 5° and to the site axes, Ctrl for a free angle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="186" />
            <source>move it with its yards and pipes (one undo step)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="187" />
            <source>move the cooler or generator yard alone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="188" />
            <source>move, rotate, resize tools; back to select</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="182" />
            <source>orbit the camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="194" />
            <source>overview, plan, views from Escaudain and Lourches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="184" />
            <source>pan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="195" />
            <source>select and frame the feature at fault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="185" />
            <source>select it; its figures appear in the Properties dock, where they can be edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="191" />
            <source>then click the ground to place the building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="193" />
            <source>undo, redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="183" />
            <source>zoom</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../twin/commands/export.py" line="91" />
            <source>  step {step}: {time:.0f} s simulated, {tier}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/export.py" line="52" />
            <source>--hours must be between 0 and 8784, got {h:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="34" />
            <source>PUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/export/provenance.py" line="23" />
            <source>bundled: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="98" />
            <source>clip length must be 0.1 to 3600 s, got {s:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="103" />
            <location filename="../../twin/commands/export.py" line="121" />
            <source>date must look like 2030-07-25, got {date!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="96" />
            <source>frames per second must be 1 to 120, got {fps:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="35" />
            <source>heat exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="276" />
            <source>image size must be 16 to 8192 pixels a side, got {w}x{h}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="60" />
            <source>layout design scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="56" />
            <source>set in the Wind and heat panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="94" />
            <source>unknown animation kind {kind!r}; choose day, tour or orbit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/sheet.py" line="60" />
            <source>wrote {out}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/export.py" line="71" />
            <source>wrote {out} (buildings, Lambert-93 metres)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/export.py" line="66" />
            <source>wrote {out} (glTF 2.0 binary, metres, site local frame)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/export.py" line="100" />
            <source>wrote {out} ({nx}x{ny}x{nz} points, airflow {state}) and {buildings}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/export.py" line="135" />
            <source>wrote {out} ({n} rows, every {step:.0f} min) and {buildings}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/export/provenance.py" line="27" />
            <source>{name} (unsaved edits)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="80" />
            <source>{name} · {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="60" />
            <source>{path}: a GIF of {n} frames at {w}x{h} is too large; use .mp4, a smaller size or fewer frames</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="57" />
            <source>{path}: an MP4 (H.264, yuv420p) needs an even width and height, got {w}x{h}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="134" />
            <source>{path}: no frames were written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/sheet.py" line="34" />
            <source>{path}: the sheet is a PDF; name it .pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/export.py" line="48" />
            <source>{path}: unknown export format {suffix!r}; use .glb, .vti, .vtp or .csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="56" />
            <source>{path}: unknown image format {suffix!r}; use .png or .jpg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="41" />
            <source>{path}: unknown video format {suffix!r}; use .mp4 or .gif</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportData</name>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="75" />
            <source>3-D model, glTF binary (*.glb);;Wind and heat fields, VTK image (*.vti);;Buildings, VTK poly data (*.vtp);;Plant history, CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="79" />
            <source>Cannot export data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="103" />
            <source>Cannot export the sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="99" />
            <source>Export consultation sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="74" />
            <source>Export data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="64" />
            <source>No plant history yet: the running twin has not started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="54" />
            <source>No wind and heat field to export: the airflow solver is not running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="100" />
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="56" />
            <source>The airflow field is invalid for the conditions shown (stale or failed); wait until it is settling or settled, then export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="115" />
            <source>Written: {files}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="87" />
            <source>{path}: the sheet is a PDF; name it .pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/data.py" line="67" />
            <source>{path}: unknown export format {suffix!r}; use .glb, .vti, .vtp or .csv</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileErrors</name>
        <message>
            <location filename="../../twin/io/errors.py" line="45" />
            <source>, column '{name}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="46" />
            <source>, field '{name}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="43" />
            <location filename="../../twin/io/layout.py" line="141" />
            <location filename="../../twin/io/tour.py" line="68" />
            <source>, line {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="135" />
            <source>a device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="131" />
            <source>a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="133" />
            <source>a pipe (FIFO)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="137" />
            <source>a socket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="72" />
            <source>cannot read the file (no such file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="76" />
            <location filename="../../twin/io/errors.py" line="102" />
            <location filename="../../twin/io/loadcsv.py" line="210" />
            <source>cannot read the file ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="74" />
            <source>is a folder, not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="104" />
            <source>is larger than the {limit:.0f} MiB this reader accepts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="120" />
            <source>is not UTF-8 text (byte 0x{byte:02x} at offset {offset}); save it as UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="80" />
            <source>is not a regular file (it is {kind}); choose a saved file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="83" />
            <source>is {size} MiB, larger than the {limit} MiB this reader accepts for this kind of file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="138" />
            <source>not a plain file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/errors.py" line="47" />
            <location filename="../../twin/io/layout.py" line="146" />
            <location filename="../../twin/io/tour.py" line="73" />
            <source>{where}: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Geo</name>
        <message>
            <location filename="../../twin/io/geo.py" line="31" />
            <source>EPSG code must be a whole number from 1024 to 999999 such as 2154 (Lambert-93), got {epsg:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/geo.py" line="39" />
            <source>EPSG:{code} ({name}) is not a projected system in metres (2154, Lambert-93, is)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/geo.py" line="43" />
            <source>EPSG:{code} ({name}) is not in metres (its axes are in {units})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/geo.py" line="37" />
            <source>EPSG:{code} is not a coordinate reference system known to PROJ</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Glossary</name>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="26" />
            <source>A network of insulated hot-water pipes that heats homes and buildings of a town from a central source, here the heat recovered from the servers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="15" />
            <source>Decibels weighted as the human ear hears: 30 dB(A) is a quiet bedroom, 40 a quiet street at night, 50 a calm office. +10 dB(A) sounds about twice as loud.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="20" />
            <source>French rule for classified installations (ICPE, order of 23 January 1997): with the campus running, the noise at homes may exceed the usual background by at most 5 dB(A) by day and 3 dB(A) at night (6 and 4 where the total stays between 35 and 45 dB(A)).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="31" />
            <source>How much warmer the air is than it would be without the campus, at the same place and time. The pale veil in the view marks air 2 °C warmer: invisible in life, it is not smoke.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="9" />
            <source>PUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="10" />
            <source>Power Usage Effectiveness: all the electricity the site uses divided by what the computers alone use. 1.0 would mean no energy at all for cooling; 1.2 means 20 % more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="14" />
            <source>dB(A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="25" />
            <source>district heating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="19" />
            <source>the rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/presenter/glossary.py" line="30" />
            <source>°C warmer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../../../twin/ui/help.py" line="116" />
            <source>&amp;About Campus Twin…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="115" />
            <source>&amp;Guide: the two modes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="118" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="67" />
            <source>&lt;h3&gt;Campus Twin {version}&lt;/h3&gt;&lt;p&gt;A digital twin of the AI data-centre campus planned at Escaudain (Nord), on the former Usinor steelworks “Les Soufflantes”. Licence of Campus Twin: MIT.&lt;/p&gt;&lt;h4&gt;Where the figures come from&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;Campus (38 ha, up to 700 MW, PUE target 1.2, 6 ha nature reserve, heat recovery): Data4 and Communauté d’Agglomération de La Porte du Hainaut press release, 15 December 2025.&lt;/li&gt;&lt;li&gt;Building layout: a planning assumption sized from those totals (the real plan is not published).&lt;/li&gt;&lt;li&gt;Weather: a synthetic year from the Lille-Lesquin and Valenciennes normals 1991-2020 (Météo-France); the heat wave of 25 July 2019 (41.5 °C at Lille-Lesquin).&lt;/li&gt;&lt;li&gt;Homes heated: 1 TWh of heat a year for about 100,000 homes (ADEME).&lt;/li&gt;&lt;li&gt;Noise: ISO 9613-2 outdoor propagation; the rule of the order of 23 January 1997 (ICPE); residual levels are planning assumptions, not measurements.&lt;/li&gt;&lt;/ul&gt;&lt;h4&gt;Libraries and their licences&lt;/h4&gt;&lt;ul&gt;{libraries}&lt;/ul&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="45" />
            <source>&lt;h3&gt;Two modes&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Planning&lt;/b&gt; (the normal window): the 3-D view with the panels around it. Move, rotate and resize buildings, set the wind and the weather, read the plant's figures and the layout checks. Every edit can be undone (Ctrl+Z).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Presenter&lt;/b&gt; (F11, or the toolbar button): for a public meeting. Full screen, large cards in plain language, editing switched off. Use the buttons at the top for the views, the guided tour (◀ ▶), “My street” (or click near a commune’s homes) and the language. F11 or Esc leaves.&lt;/p&gt;&lt;h3&gt;Mouse and keys in the 3-D view&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Left-drag: turn around the site · right-drag or wheel: zoom · middle-drag: pan&lt;/li&gt;&lt;li&gt;Click a building: its figures · Shift-drag a building: move it (planning mode only)&lt;/li&gt;&lt;li&gt;Ctrl+1 to Ctrl+4: overview, plan, eye level from Escaudain and from Lourches&lt;/li&gt;&lt;li&gt;F11: presenter mode · F1: all the gestures&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Figures are marked &lt;i&gt;published&lt;/i&gt; (stated by the operator), &lt;i&gt;derived&lt;/i&gt; (computed from published figures) or &lt;i&gt;assumption&lt;/i&gt; (a planning assumption): the building layout and the weather year are assumptions.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="124" />
            <source>About Campus Twin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="121" />
            <source>Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="32" />
            <source>not installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/help.py" line="40" />
            <source>see the package</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../twin/ui/i18n.py" line="201" />
            <location filename="../../twin/ui/i18n.py" line="223" />
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <location filename="../../twin/io/layout.py" line="204" />
            <source> (and {count} more problems)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="263" />
            <source>'features' must be a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="284" />
            <source>'properties' must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="145" />
            <source>, field {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="143" />
            <source>: feature {feature}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="331" />
            <source>building {owner} already has a generator yard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="319" />
            <source>building {owner} already has heat-rejection equipment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="490" />
            <source>coordinates are not longitude/latitude in degrees (RFC 7946 requires WGS84)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="483" />
            <source>coordinates must be [longitude, latitude] number pairs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="487" />
            <source>coordinates must be finite numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="235" />
            <source>has no 'campus_twin' member: not a Campus Twin layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="372" />
            <source>has no feature with feature_type 'reserve'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="370" />
            <source>has no feature with feature_type 'site'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="180" />
            <source>holds a number that cannot be read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="402" />
            <location filename="../../twin/io/layout.py" line="422" />
            <source>is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="395" />
            <source>is missing or not an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="177" />
            <source>is nested too deeply to be a layout (arrays or objects inside each other ~1,000 levels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="275" />
            <source>is not a GeoJSON Feature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="232" />
            <source>is not a GeoJSON FeatureCollection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="174" />
            <source>is not valid JSON (line {line}, column {column}: {reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="409" />
            <source>is too large a number ({value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="242" />
            <source>layout version {version} is not supported by this Campus Twin (supports {supported})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="494" />
            <source>lies more than {km:.0f} km from the georef origin (or cannot be projected): check campus_twin.georef</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="512" />
            <source>must be a Polygon with exactly one ring (holes are not supported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="411" />
            <source>must be a finite number, got {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="405" />
            <source>must be a number, got {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="417" />
            <source>must be a whole number, got {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="503" />
            <source>must be a {expected} geometry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="505" />
            <source>must be a {expected}, got {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="439" />
            <source>must be an object mapping property names to sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="443" />
            <source>must be an object with 'status' and 'note'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="468" />
            <source>must be between {low:g} and {high:g} {unit} ({title}), got {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="454" />
            <location filename="../../twin/io/layout.py" line="473" />
            <source>must be text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="425" />
            <source>must be text, got {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="278" />
            <source>needs a non-empty string 'id'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="485" />
            <source>needs at least {minimum} [longitude, latitude] positions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="515" />
            <source>polygon ring is not closed (first and last positions differ)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="376" />
            <source>refers to unknown building {owner}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="237" />
            <source>schema is {schema}, expected {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="449" />
            <source>status {status} is not one of: {allowed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="280" />
            <source>the same id is used twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="364" />
            <source>unknown feature_type {kind} (expected one of site, reserve, building, heat_rejection, generator_yard, pipe, receptor, place)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/layout.py" line="434" />
            <source>{value} is not one of: {allowed}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LayoutNames</name>
        <message>
            <location filename="../../twin/render/labels.py" line="46" />
            <source>Cooling plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="59" />
            <source>Data hall {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="51" />
            <source>Escaudain - Les Soufflantes (default layout)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="50" />
            <source>Gatehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="47" />
            <source>Heat recovery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="45" />
            <source>Nature reserve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="49" />
            <source>Substation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/labels.py" line="48" />
            <source>Training &amp; incubator</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LivePanel</name>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="177" />
            <source> h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="222" />
            <source> — stale: {halls}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="30" />
            <source>1 day per minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="32" />
            <source>1 day per second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="29" />
            <source>1 hour per minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="31" />
            <source>1 hour per second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="183" />
            <source>Broker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="184" />
            <source>Clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="171" />
            <source>Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="38" />
            <source>EnergyPlus weather file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="178" />
            <source>Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="161" />
            <source>IT load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="179" />
            <source>Jump to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="47" />
            <source>Live from the site (MQTT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="184" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="183" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="184" />
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="46" />
            <source>Replay a recording (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="45" />
            <source>Simulated AI load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="183" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="184" />
            <source>Speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="184" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="235" />
            <source>Synthetic weather, not measured data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="172" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="183" />
            <source>Topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="183" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="180" />
            <source>Weather</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="228" />
            <source>accepted {accepted} · rejected {rejected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="176" />
            <source>day </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="36" />
            <source>default synthetic year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="166" />
            <source>dsx: BMS/v1/PUB/Value/PowerMeter/ActivePower/escaudain/{hall}/it_load (kW)
plain: campus/{hall}/it_load_mw (MW)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="37" />
            <source>heat wave, 25 July 2019 (41.5 °C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="164" />
            <source>mqtt://HOST:PORT, or mqtts://HOST:PORT for TLS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="169" />
            <location filename="../../twin/ui/live_panel.py" line="170" />
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="28" />
            <source>real time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="173" />
            <source>running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="85" />
            <location filename="../../twin/ui/live_panel.py" line="190" />
            <source>simulated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoadCsv</name>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="458" />
            <source>a building appears twice in the header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="347" />
            <source>bad timestamp {text} (ISO 8601 or Unix seconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="359" />
            <source>empty building id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="456" />
            <source>empty building id in the header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="95" />
            <source>load is negative: {value:g} MW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="91" />
            <source>load is not a number: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="93" />
            <source>load is not finite: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="208" />
            <source>malformed CSV ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="284" />
            <source>no data rows after the header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="204" />
            <source>not UTF-8 text ({reason}); save it as UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="333" />
            <source>second value for {name} at {stamp} (first on line {first})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="267" />
            <source>the file is empty (expected a header row)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="297" />
            <source>timestamp {stamp} repeated (first on line {first})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="350" />
            <source>timestamp {text} is out of range (Unix seconds, not milliseconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="361" />
            <source>unknown building {name} (known: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="280" />
            <source>unrecognised header {header}; expected 'timestamp,building_id,load_mw' (long) or 'timestamp,&lt;building id&gt;,...' (wide)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="194" />
            <source>{cells} cells, expected {width} (timestamp,building_id,load_mw)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/loadcsv.py" line="195" />
            <source>{cells} cells, expected {width} like the header</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MQTT</name>
        <message>
            <location filename="../../twin/live/mqtt.py" line="187" />
            <source>the password for {host}:{port} would travel unencrypted over mqtt://; use mqtts:// (TLS) if the broker offers it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../twin/ui/main_window.py" line="131" />
            <source>&amp;Delete building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="71" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="70" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="73" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="142" />
            <source>&amp;Mouse and keyboard…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="117" />
            <source>&amp;Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="98" />
            <source>&amp;Open layout…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="111" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="113" />
            <location filename="../../twin/ui/main_window.py" line="488" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="488" />
            <source>&amp;Redo {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="119" />
            <source>&amp;Rotate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="100" />
            <source>&amp;Save layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="112" />
            <location filename="../../twin/ui/main_window.py" line="486" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="486" />
            <source>&amp;Undo {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="72" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="108" />
            <source>3-D model (.glb), wind and heat fields (.vti), plant history (.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="110" />
            <source>A4 PDF: the view, the year's figures in plain language, sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="125" />
            <source>Add cooling plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="123" />
            <source>Add data hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="130" />
            <source>Add gatehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="127" />
            <source>Add heat-recovery plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="129" />
            <source>Add offices and training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="126" />
            <source>Add substation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="330" />
            <source>Campus layout (*.geojson *.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="335" />
            <source>Campus layout (*.geojson)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="773" />
            <source>Cannot connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="272" />
            <location filename="../../twin/ui/main_window.py" line="275" />
            <source>Cannot open layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="818" />
            <source>Cannot read weather file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="743" />
            <source>Cannot replay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="297" />
            <location filename="../../twin/ui/main_window.py" line="304" />
            <source>Cannot save layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="124" />
            <source>Click the ground to place a 100 MW data hall with roof coolers and generators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="116" />
            <source>Click to select; Shift-drag to move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="224" />
            <location filename="../../twin/ui/main_window.py" line="375" />
            <source>Compare A/B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="133" />
            <source>D&amp;uplicate building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="118" />
            <source>Drag a building or a yard to move it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="122" />
            <source>Drag a corner grip of the selected building to resize it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="120" />
            <source>Drag the grip of the selected building to turn it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="378" />
            <location filename="../../twin/ui/main_window.py" line="466" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="807" />
            <source>EnergyPlus weather (*.epw)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="105" />
            <source>Export &amp;animation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="107" />
            <source>Export &amp;data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="103" />
            <source>Export &amp;snapshot…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="109" />
            <source>Export consultation s&amp;heet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="64" />
            <source>From Escaudain (eye level)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="65" />
            <source>From Lourches (eye level)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="372" />
            <source>Layout checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="394" />
            <source>Left-drag: orbit · right-drag: zoom · middle-drag: pan · click: select · Shift-drag: move a building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="727" />
            <source>Load recording (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="374" />
            <source>Load, time and weather</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="375" />
            <source>Neighbours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="134" />
            <source>New layout from the empty site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="99" />
            <source>Open a campus layout (GeoJSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="330" />
            <source>Open layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="807" />
            <source>Open weather file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="137" />
            <source>Overlaps, the reserve and the site boundary: refuse the drop instead of warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="62" />
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="373" />
            <source>Plant dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="372" />
            <source>Properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="136" />
            <source>Refuse drops that break a hard rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="106" />
            <source>Render a day, a tour or an orbit to an MP4 or GIF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="727" />
            <source>Replay IT load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="121" />
            <source>Resi&amp;ze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="135" />
            <source>Revert to the bundled campus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="335" />
            <source>Save layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="102" />
            <source>Save layout &amp;as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="104" />
            <source>Save the 3-D view as a PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="101" />
            <source>Save the layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="309" />
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="115" />
            <source>Se&amp;lect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="589" />
            <source>Starting the plant model…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="520" />
            <source>The layout has unsaved changes. Save them first?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="595" />
            <source>The plant model could not start: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="63" />
            <source>Top (plan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="519" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="377" />
            <location filename="../../twin/ui/main_window.py" line="452" />
            <source>Views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="781" />
            <source>Warning: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="780" />
            <source>Warning: {warning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="374" />
            <source>Wind and heat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="638" />
            <source>return {t} °C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="636" />
            <source>supply {t} °C · {flow} kg/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="640" />
            <source>to districts {t} °C · {mw} MW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="489" />
            <source>untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="621" />
            <source>{load} of {capacity} MW (stale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="623" />
            <source>{load} of {capacity} MW IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="547" />
            <source>{mw} MW IT · {halls} data halls · reserve {ha} ha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="491" />
            <source>{name}{modified} — Campus Twin {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="298" />
            <source>{path} is the layout shipped with Campus Twin; save your version under another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="753" />
            <source>{path}: implausible samples left out ({reasons})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="557" />
            <source>✔ No layout problems found.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeighboursPanel</name>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="302" />
            <source>At {at}; weather: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="160" />
            <source>Badges at the homes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="162" />
            <source>Commune</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="240" />
            <source>Computing noise and warm air at the homes...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="251" />
            <source>Could not compute the neighbours' figures: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="162" />
            <source>Day dB(A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="156" />
            <source>Day map (7-22 h)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="162" />
            <source>Distance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="163" />
            <source>Emergence day / night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="163" />
            <source>ICPE rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="296" />
            <source>Nature reserve ({ha} ha): noise {day} dB(A) by day, {night} dB(A) at night (mean); {share} of it at or above 45 dB(A) at night; warming at 2 m {dt} K (far field, indicative).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="162" />
            <source>Night dB(A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="155" />
            <source>Night map (22-7 h)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="159" />
            <source>Noise map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="173" />
            <source>Not computed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="166" />
            <source>Plant noise by ISO 9613-2 (downwind, 4 m above ground); residual levels, generator test schedule and the octave spectra are planning assumptions. Warm air: Briggs plume rise and Gaussian dispersion of the plant's heat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="163" />
            <source>Plume height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="189" />
            <source>Recomputing after the change: the figures below are those before it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="163" />
            <source>Warm air</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="272" />
            <source>above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="285" />
            <source>upwind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="272" />
            <source>within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="284" />
            <source>{dt} K</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="279" />
            <source>{d} m {dir}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="285" />
            <source>{h} m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/neighbours_panel.py" line="274" />
            <source>{verdict} ({margin} dB margin)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Overlay</name>
        <message>
            <location filename="../../twin/render/overlays.py" line="289" />
            <source>Air warmer than around it (°C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="586" />
            <source>Airflow field INVALID: the solver gave up after repeated roll-backs.
Wind and heat overlays show the last good field, greyed.
Change the wind, the layout or the resolution to restart it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="432" />
            <source>No air {k} °C warmer than around it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="429" />
            <source>Pale veil: air {k} °C warmer than around it, up to {height} m high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/noise_map.py" line="95" />
            <source>Plant noise, day L_Aeq dB(A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/noise_map.py" line="95" />
            <source>Plant noise, night L_Aeq dB(A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="461" />
            <location filename="../../twin/render/overlays.py" line="502" />
            <source>Wind speed (m/s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/receptors.py" line="25" />
            <source>above the rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="535" />
            <source>intake {rise} K</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="555" />
            <source>intake: no valid field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/receptors.py" line="76" />
            <source>neighbours: recomputing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/receptors.py" line="25" />
            <source>within the rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/receptors.py" line="27" />
            <source>{commune}
night {night} / day {day} dB(A), {verdict}
warm air {dt} K</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PresenterCards</name>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="126" />
            <source> (wind from the {direction} at {speed} m/s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="73" />
            <source>Air over the nature reserve: no measurable warming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="75" />
            <source>Air over the nature reserve: {rise} °C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="136" />
            <source>Air over the nature reserve: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="148" />
            <source>At night in {commune}: {level}, {verdict}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="153" />
            <source>At night in {commune}: {{value}}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="128" />
            <source>Compared with the air around the site, in the weather shown{wind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="110" />
            <source>Energy efficiency: PUE {pue} (target {target})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="115" />
            <source>Energy efficiency: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="134" />
            <source>Estimate from the far-field plume on a summer night (indicative).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="96" />
            <source>Heat for about {homes} homes a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="103" />
            <source>Heat for homes: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="97" />
            <source>Heat from the servers, sent to the district heating network (10 MWh per home a year).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="100" />
            <source>No heat exported to homes with this layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="111" />
            <source>Over a year: {extra} kWh for cooling and the rest of the site for every 100 kWh of computing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="149" />
            <source>Rule: at most {limit} above the night-time background ({residual}, estimated, not measured).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="130" />
            <source>Still settling: indicative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="137" />
            <source>The airflow has not been computed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="164" />
            <source>The computation failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="65" />
            <source>The figure appears here in a few seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="101" />
            <source>The layout has no heat-recovery connection to the districts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="68" />
            <source>This figure needs a computation that has not run for this layout.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="143" />
            <source>above the rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="65" />
            <source>being computed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="67" />
            <source>not computed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/cards.py" line="143" />
            <source>within the rule</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PresenterMode</name>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="304" />
            <source>&amp;Presenter mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="312" />
            <source>At eye level from the nearest homes of Escaudain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="313" />
            <source>At eye level from the nearest homes of Lourches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="280" />
            <source>Editing is off in presenter mode (F11 to leave)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="307" />
            <source>From above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="305" />
            <source>Full screen for a public meeting: large cards, editing off (F11)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="310" />
            <source>Leave (F11)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="315" />
            <source>My street:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="307" />
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="317" />
            <source>Presenter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/mode.py" line="76" />
            <source>Presenter mode: editing is off</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <location filename="../../twin/ui/properties.py" line="154" />
            <source>&lt;span style='color:#2e7d4f'&gt;published&lt;/span&gt;: stated by the operator · &lt;span style='color:#2f6fc0'&gt;derived&lt;/span&gt;: computed from published figures · &lt;span style='color:#b26a00'&gt;assumption&lt;/span&gt;: planning assumption, not published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="101" />
            <source>Centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="161" />
            <location filename="../../twin/ui/properties.py" line="180" />
            <source>Click a building to see its figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="84" />
            <source>Cooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="46" />
            <source>Cooling plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="44" />
            <source>Data hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="78" />
            <source>Footprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="49" />
            <source>Gatehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="96" />
            <source>Generators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="91" />
            <source>Heat rejection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="47" />
            <source>Heat-recovery plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="79" />
            <source>Height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="83" />
            <source>IT capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="77" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="76" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="48" />
            <source>Offices, training, incubator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="152" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="80" />
            <source>Storeys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="45" />
            <source>Substation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="152" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="54" />
            <source>adiabatic (evaporative assist)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="88" />
            <source>adiabatic coolers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="39" />
            <source>assumption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="55" />
            <source>chillers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="87" />
            <source>cooling towers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="38" />
            <source>derived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="53" />
            <source>direct liquid cooling + dry coolers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="87" />
            <source>dry coolers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="52" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="37" />
            <source>published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="97" />
            <source>{count} × {mw} MW standby</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="101" />
            <source>{east} m E, {north} m N of site centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="90" />
            <source>{equipment} in the yard, {height} m tall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/properties.py" line="89" />
            <source>{equipment} on the roof, {height} m tall</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PropertyEditor</name>
        <message>
            <location filename="../../twin/ui/properties.py" line="278" />
            <source>from {low} to {high} {unit}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../../twin/ui/recovery.py" line="130" />
            <source>Campus Twin did not close normally. Edits to {name} that were not saved were kept (autosaved {when}). Restore them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/recovery.py" line="160" />
            <source>Restore unsaved edits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/recovery.py" line="129" />
            <source>Restore unsaved edits?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/recovery.py" line="126" />
            <source>an untitled layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/recovery.py" line="124" />
            <source>the bundled Escaudain layout</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryFile</name>
        <message>
            <location filename="../../twin/io/recovery.py" line="143" />
            <source>has missing or mistyped fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/recovery.py" line="130" />
            <source>is not a Campus Twin recovery file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/recovery.py" line="128" />
            <source>is not a recovery file (not valid JSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/recovery.py" line="132" />
            <source>was written by another version of Campus Twin</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Residents</name>
        <message>
            <location filename="../../twin/commands/residents.py" line="105" />
            <source>ABOVE the rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="80" />
            <source>error: --residual {item!r}: expected COMMUNE=DAY/NIGHT, e.g. Escaudain=42/33</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="84" />
            <source>error: the layout has no receptor (nearest homes) to report on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="72" />
            <location filename="../../twin/commands/residents.py" line="93" />
            <source>error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="112" />
            <source>residual levels are planning assumptions (not measured); computed in {s} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="105" />
            <source>within the rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="102" />
            <source>{at} ({reason}); weather: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/residents.py" line="107" />
            <source>{commune:10s} {dist:5d} m {dir:3s}  day {dday} dB(A) (emergence {eday} dB, {vday})  night {dnight} dB(A) (emergence {enight} dB, {vnight})  warm air {dt} K, plume at {h} m</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../twin/ui/editing.py" line="277" />
            <source>Minimum clear distance between two data halls (planning assumption)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="278" />
            <source>Minimum distance from the site boundary (planning assumption)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="275" />
            <source>Planning assumptions used by the checks (not published):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="279" />
            <source>Power the grid connection can deliver (planning assumption)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="279" />
            <source>grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="278" />
            <source>setback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="277" />
            <source>spacing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Scene</name>
        <message>
            <location filename="../../twin/render/scene.py" line="488" />
            <source>Homes · {commune}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="508" />
            <source>{m} m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="285" />
            <source>{name}
{mw} MW IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="566" />
            <source>{name} · {ha} ha · ~{trees} trees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="533" />
            <source>{place}
{km} km {direction}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../twin/session.py" line="75" />
            <source>The airflow field is invalid (the solver gave up after repeated roll-backs): its recirculation is not passed to the plant model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/session.py" line="377" />
            <source>layout edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/session.py" line="393" />
            <source>replaying {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/session.py" line="391" />
            <source>simulated AI training and inference load (seeded, reproducible)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/session.py" line="229" />
            <source>{var}={text!r} is not a date and time such as 2030-07-25T14:00</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="227" />
            <source>(more sources in the layout file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="213" />
            <source>Assumptions and sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="107" />
            <source>Buildings: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="96" />
            <source>Campus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="172" />
            <source>Campus Twin consultation sheet: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="181" />
            <source>Campus Twin — consultation sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="204" />
            <source>Day (7-22 h)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="194" />
            <source>Every figure is a simulation of a planned campus whose building plan is not published: the layout is a planning assumption sized from the published totals (see page 2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="216" />
            <source>Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="73" />
            <source>For every 100 kWh the computers use, the whole site would use about {total} kWh (annual PUE {pue}; the operator's target is 1.2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="84" />
            <source>Heat sent to the districts: {gwh} GWh a year, as much as about {homes} homes use ({assumption}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="204" />
            <source>Homes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="111" />
            <source>IT load through the year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="77" />
            <source>In the hottest hour of the year ({when}, {t} °C) that ratio would reach {pue}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="201" />
            <source>Neighbours: what the nearest homes would hear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="204" />
            <source>Night (22-7 h)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="81" />
            <source>Outside air alone would cool the halls {free} hours of {hours}; chillers would run {chiller} hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="235" />
            <source>Page {n} of 2 · {created} UTC · layout {file} (SHA-256 {sha}…) · Campus Twin {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="131" />
            <source>Plant noise at the nearest homes on {date} (ISO 9613-2, downwind), and its emergence over the residual noise against the ICPE rule (+5 dB by day, +3 dB by night). Residual noise: {note}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="96" />
            <source>Site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="216" />
            <source>Source or reasoning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="216" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="69" />
            <source>The computers would draw {mw} MW on average over the year, out of {cap} MW installed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="260" />
            <source>The neighbours' table could not be computed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="112" />
            <source>Warm-air recirculation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="87" />
            <source>Water evaporated for cooling: {m3} m³ a year ({wue} litres per kWh of computing).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="110" />
            <source>Weather</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="189" />
            <source>What the figures say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="126" />
            <source>above the rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="94" />
            <source>assumption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="94" />
            <source>derived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="113" />
            <source>not included in these annual figures (intake air at ambient); twin year includes it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="94" />
            <source>published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="111" />
            <source>simulated AI training and inference profile (seeded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="126" />
            <source>within the rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="122" />
            <source>{commune}, {km} km {direction}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/export/sheet.py" line="127" />
            <source>{level} dB(A), +{emergence} dB ({verdict})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Snapshot</name>
        <message>
            <location filename="../../twin/commands/snapshot.py" line="140" />
            <source>  solver: the airflow field is INVALID; the overlays are drawn greyed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/snapshot.py" line="104" />
            <source>, overlays {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/snapshot.py" line="86" />
            <source>given on the command line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/snapshot.py" line="102" />
            <source>wrote {out} ({w}x{h}, camera {camera}{overlays}, airflow {state})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnapshotDialog</name>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="33" />
            <source>As the view ({w}x{h})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="31" />
            <source>Export snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="38" />
            <source>Image size</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Solver</name>
        <message>
            <location filename="../../twin/sim/airflow/backend.py" line="369" />
            <source>Compiled solver ready ({s} s); running on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/backend.py" line="421" />
            <source>Compiled solver ready; running on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/backend.py" line="372" />
            <source>Compiled solver unavailable ({err}); running on numpy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/backend.py" line="425" />
            <source>Compiling the solver's kernels in the background; running on numpy meanwhile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/backend.py" line="415" />
            <source>Solver on numpy (reference kernels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/backend.py" line="404" />
            <source>unknown solver backend {name!r} ({var}); choose numpy, numba or auto</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SolverBackendStatus</name>
        <message>
            <location filename="../../twin/ui/solver_status.py" line="88" />
            <source>Solver: compiled (numba)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/solver_status.py" line="86" />
            <source>Solver: compiling its kernels, {s} s (numpy meanwhile)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/solver_status.py" line="92" />
            <source>Solver: numpy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/solver_status.py" line="90" />
            <source>Solver: numpy (compiling failed)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StreetCard</name>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="96" />
            <source>; the campus's warm air passes about {height} m overhead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="79" />
            <source>At night it would be heard at {level}, above the rule by {margin} dB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="78" />
            <source>At night it would be heard at {level}, within the rule (margin {margin} dB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="147" />
            <source>Back to the figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="77" />
            <source>By day the campus would be heard at {level}, above the rule by {margin} dB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="76" />
            <source>By day the campus would be heard at {level}, within the rule (margin {margin} dB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="84" />
            <source>Noise ({period}): not computed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="71" />
            <source>Noise by day and at night: {state}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="99" />
            <source>The air in the street would be {rise} °C warmer at that hour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="94" />
            <source>The air in the street would not be measurably warmer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="66" />
            <source>The campus is {km} km {direction} of the nearest homes of {commune}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="61" />
            <source>This layout has no homes marked in {commune}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="92" />
            <source>Warmer air in the street: not computed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="72" />
            <source>Warmer air in the street: {state}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="138" />
            <source>What about {commune}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="104" />
            <source>at night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="70" />
            <source>being computed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="104" />
            <source>by day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="70" />
            <source>not computed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="29" />
            <source>to the east</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="29" />
            <source>to the north</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="29" />
            <source>to the north-east</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="30" />
            <source>to the north-west</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="30" />
            <source>to the south</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="29" />
            <source>to the south-east</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="30" />
            <source>to the south-west</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/street.py" line="30" />
            <source>to the west</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tools</name>
        <message>
            <location filename="../../../../twin/ui/tools/add.py" line="28" />
            <source>Add: click on the site to place a {kind} · Esc: cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/select.py" line="30" />
            <source>Click: select · Shift-drag: move a building · Shift-drag a yard: move the yard alone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/select.py" line="103" />
            <source>Move: drag a building to move it with its yards and pipes; drag a yard to move it alone · Esc: back to select</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/__init__.py" line="95" />
            <source>Refused: {reason} (hard rules are enforced; see Edit ▸ Refuse drops that break a hard rule)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/resize.py" line="25" />
            <source>Resize: click a building, then drag a corner grip (area shown live) · Esc: back to select</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/rotate.py" line="29" />
            <source>Rotate: click a building, then drag its blue grip (snaps to 5° and to the site axes; Ctrl: free) · Esc: back to select</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/__init__.py" line="100" />
            <source>Warning: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/rotate.py" line="89" />
            <source>{label} (long side at {angle}° from east)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/resize.py" line="88" />
            <source>{label} · {area:,.0f} m²</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/tools/select.py" line="61" />
            <source>{label}: {dx:+.0f} m east, {dy:+.0f} m north</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <location filename="../../twin/io/tour.py" line="72" />
            <source>, field {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="70" />
            <source>: stop {stop}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="193" />
            <source>a preset camera takes no other field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="140" />
            <source>each stop must be a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="143" />
            <source>every stop needs an id (text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="123" />
            <source>must be a file name (text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="208" />
            <source>must be a list of 3 numbers (metres east, north, up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="153" />
            <source>must be a list of overlay ids among {ids}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="126" />
            <source>must be a non-empty list of stops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="214" />
            <source>must be a number, got {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="164" />
            <source>must be an object with from_deg and speed_ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="175" />
            <source>must be an object with the text in each language ({languages})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="216" />
            <source>must be between {low:g} and {high:g}, got {value:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="159" />
            <source>must be one of {choices}, got {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="186" />
            <source>must be {example} or a pose with position and focal_point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="156" />
            <source>must look like 07-25T15:00 (month-day, hour:minute), got {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="115" />
            <source>not a Campus Twin tour (campus_twin.schema must be {schema})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="105" />
            <source>not valid JSON ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="199" />
            <source>the camera must stand at least 1 m from the point it looks at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="112" />
            <source>the file must hold a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="201" />
            <source>the up vector must not be zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="179" />
            <source>the {language} text is missing or empty (every text is needed in {languages})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="132" />
            <source>this id is used by an earlier stop; ids must be unique</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="117" />
            <source>tour version {version} is not supported (supports {supported})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="147" />
            <source>unknown field (known: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/tour.py" line="189" />
            <source>unknown preset {preset}; choose one of {choices}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TourPlayer</name>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="284" />
            <source>&amp;Add this view as a stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="286" />
            <source>&amp;Save tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="367" />
            <source>(being computed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="276" />
            <source>Cannot save tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="251" />
            <source>Caption of this stop ({language}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="285" />
            <source>Edit this stop’s &amp;caption…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="288" />
            <source>Guided &amp;tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="282" />
            <source>Next stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="283" />
            <source>Pause tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="283" />
            <source>Play tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="280" />
            <source>Previous stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="269" />
            <source>Save tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="287" />
            <source>Start the guided &amp;tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="250" />
            <source>Stop caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="370" />
            <source>Stop {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../../twin/ui/presenter/tour_player.py" line="269" />
            <source>Tour (*.tour.json)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../twin/model/validation.py" line="254" />
            <source>IT capacity {total:.0f} MW at PUE {pue:g} draws {draw:.0f} MW, more than the grid connection of {grid:.0f} MW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="197" />
            <source>buildings take {lost:.2f} ha of the reserve: {area:.1f} ha left of the announced {target:g} ha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="192" />
            <source>reserve area is {area} ha, far from the announced {target} ha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="188" />
            <source>the nature reserve extends outside the site boundary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="249" />
            <source>total IT capacity {total:.0f} MW exceeds the grid connection of {grid:.0f} MW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="233" />
            <source>{first} and {second} are {gap:.0f} m apart; the minimum spacing between halls is {spacing:g} m (planning assumption)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="227" />
            <source>{first} overlaps {second}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="218" />
            <source>{name} encroaches on the nature reserve ({area:,.0f} m²)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="243" />
            <source>{name} is {distance:.0f} m from the facility-water mains: no pipe serves it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="212" />
            <source>{name} is {distance:.0f} m from the site boundary; the setback is {setback:g} m (planning assumption)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="207" />
            <source>{name} lies partly outside the site boundary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Weather</name>
        <message>
            <location filename="../../twin/core/provenance.py" line="56" />
            <source>HEAT WAVE 22-27 July 2019</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/core/provenance.py" line="54" />
            <source>SYNTHETIC year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="82" />
            <source>date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="78" />
            <source>dry-bulb temperature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="120" />
            <source>expected the header record {name}, found {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="158" />
            <location filename="../../twin/io/epw.py" line="161" />
            <source>impossible date {month:02d}-{day:02d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="153" />
            <source>impossible date/hour month={month} hour={hour}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="151" />
            <source>impossible year {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="182" />
            <source>missing-value code {raw} (&gt;= {missing:g}); fill the gap before use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="180" />
            <source>not a finite number: {raw}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="178" />
            <source>not a number: {raw}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="116" />
            <source>only {lines} lines; an EPW file starts with {records} header records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="79" />
            <source>relative humidity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="80" />
            <source>wind direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="81" />
            <source>wind speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="148" />
            <source>year, month, day and hour must be integers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="143" />
            <source>{count} comma-separated fields, expected {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="170" />
            <source>{month:02d}-{day:02d} hour {hour} comes before the row above (line {above}); rows must be in time order without duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="167" />
            <source>{month:02d}-{day:02d} hour {hour} repeats the time of the row above (line {above}); rows must be in time order without duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="134" />
            <source>{rows} data rows; at least one day (24 rows) is needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/epw.py" line="185" />
            <source>{value:g} is outside the valid range {low:g} to {high:g}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bench</name>
        <message>
            <location filename="../../twin/commands/bench.py" line="53" />
            <source>--backends expects cell sizes in metres such as 8,4, not {v!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/bench.py" line="102" />
            <source>{message} ({s} s; {hits} kernels from the cache, {compiled} compiled; cache {cache})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twin</name>
        <message>
            <location filename="../../twin/commands/sweep.py" line="146" />
            <source>--out must end in .csv or .json: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="108" />
            <source>--resolution must be DX or DXxDZ in metres (e.g. 16 or 16x10), not {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="148" />
            <source>--scheduler {address}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="144" />
            <source>--sectors must be at least 1, not {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="83" />
            <location filename="../../twin/commands/year.py" line="125" />
            <source>--speed-edges must be numbers separated by commas: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="87" />
            <source>--speeds must be at least 1, not {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/__init__.py" line="44" />
            <location filename="../../twin/commands/run.py" line="38" />
            <source>Cannot open layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/listen.py" line="196" />
            <source>MQTT password for {user}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="217" />
            <source>annual PUE by hall: {halls}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="214" />
            <source>annual PUE {pue}; hottest hour {hour} at {temp:.1f} C: PUE {peak}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="236" />
            <source>cannot write {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="219" />
            <source>chiller hours {ch:.0f}, free-cooling hours {fc:.0f}, adiabatic hours {ad:.0f}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/listen.py" line="88" />
            <source>error: --password would show the password to every user of this computer (process list); set {var} or leave it unset to be asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/listen.py" line="198" />
            <source>error: --username {user} needs a password: set {var} (no terminal to ask on)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/compare.py" line="54" />
            <location filename="../../twin/commands/sweep.py" line="128" />
            <location filename="../../twin/commands/year.py" line="96" />
            <location filename="../../twin/commands/year.py" line="171" />
            <source>error: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="224" />
            <source>heat exported {mwh:.0f} MWh ~ {homes} homes ({assumption}); export line {km:.2f} km, {loss:.0f} MWh lost to the ground</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="222" />
            <source>heat exported: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="211" />
            <source>mean intake rise: {rises}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="199" />
            <source>no data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="206" />
            <source>recirculation: airflow solver, {cases} wind cases ({sectors} sectors; {solved} solved now, {cached} from cache) on a {dx:g} m x {dz:g} m grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="213" />
            <source>recirculation: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="230" />
            <source>sweep {sweep:.1f} s, plant year {plant:.1f} ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="227" />
            <location filename="../../twin/commands/year.py" line="186" />
            <source>warning: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/listen.py" line="118" />
            <source>warning: {warning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="228" />
            <source>water used {m3:.0f} m3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/compare.py" line="72" />
            <location filename="../../twin/commands/year.py" line="203" />
            <source>weather: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="320" />
            <source>{cases} cases ({solved} solved now, {cached} from cache) on {cores} cores in {sweep:.1f} s ({rate} cases per hour per core; worker peak {rss} MiB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/compare.py" line="50" />
            <source>{name}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/sweep.py" line="328" />
            <source>{name}: annual PUE {pue}; mean intake rise {rises}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="248" />
            <source>Animation not written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="240" />
            <source>Cannot export animation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="55" />
            <source>Cannot export snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="227" />
            <source>Export animation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="71" />
            <source>Export snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/animation.py" line="228" />
            <source>MP4 video (*.mp4);;GIF animation (*.gif)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="72" />
            <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="60" />
            <source>Snapshot {w}x{h} written to {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
