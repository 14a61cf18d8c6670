<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Leave the quiz?</source>
        <translation>¿Dejar el cuestionario?</translation>
    </message>
    <message>
        <source>A quiz is in progress. Leave it and start these questions? The answers given so far are kept.</source>
        <translation>Hay un cuestionario en curso. ¿Dejarlo y empezar estas preguntas? Las respuestas dadas hasta ahora se conservan.</translation>
    </message>
    <message>
        <source>Those questions are not in the open lesson pack.</source>
        <translation>Esas preguntas no están en el paquete de lecciones abierto.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Study this topic</source>
        <translation>Estudiar este tema</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>Switch &amp;learner…</source>
        <translation>Cambiar de &amp;estudiante…</translation>
    </message>
    <message>
        <source>&amp;Export my results as CSV…</source>
        <translation>E&amp;xportar mis resultados como CSV…</translation>
    </message>
    <message>
        <source>&amp;Class results from CSV files…</source>
        <translation>Resultados de la &amp;clase desde archivos CSV…</translation>
    </message>
    <message>
        <source>Show &amp;dashboard</source>
        <translation>Mostrar el &amp;panel de progreso</translation>
    </message>
    <message>
        <source>Learning &amp;Record Store…</source>
        <translation>&amp;Registro de aprendizaje (LRS)…</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>&lt;p style=&apos;color:#444&apos;&gt;&lt;b&gt;Key:&lt;/b&gt; &lt;span style=&apos;background:#E69F00&apos;&gt;&amp;nbsp;orange, hatched&amp;nbsp;&lt;/span&gt; root and its dermatome &amp;middot; &lt;span style=&apos;background:#9cc3e0&apos;&gt;&amp;nbsp;blue, cross-hatched, dashed&amp;nbsp;&lt;/span&gt; peripheral nerve and its territory &amp;middot; &lt;span style=&apos;background:#f0a98a&apos;&gt;&amp;nbsp;heavy outline&amp;nbsp;&lt;/span&gt; your selection&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#444&apos;&gt;&lt;b&gt;Leyenda:&lt;/b&gt; &lt;span style=&apos;background:#E69F00&apos;&gt;&amp;nbsp;naranja, rayado&amp;nbsp;&lt;/span&gt; raíz y su dermatoma &amp;middot; &lt;span style=&apos;background:#9cc3e0&apos;&gt;&amp;nbsp;azul, cuadriculado, discontinuo&amp;nbsp;&lt;/span&gt; nervio periférico y su territorio &amp;middot; &lt;span style=&apos;background:#f0a98a&apos;&gt;&amp;nbsp;contorno grueso&amp;nbsp;&lt;/span&gt; su selección&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SpineTutor&lt;/h2&gt;&lt;p&gt;Click a vertebra, disc or nerve root on the spine to see the pathway to the leg and the skin where pain or numbness is felt. Click the skin to see which roots and which nerve supply it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys:&lt;/b&gt; Up/Down walk the spine, Enter selects, Esc clears, +/&amp;minus; zoom, 0 fits the plate.&lt;/p&gt;&lt;p style=&apos;color:#555&apos;&gt;SpineTutor is for education only. It does not diagnose.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SpineTutor&lt;/h2&gt;&lt;p&gt;Haga clic en una vértebra, un disco o una raíz nerviosa de la columna para ver el recorrido hasta la pierna y la piel donde se notan el dolor o el entumecimiento. Haga clic en la piel para ver qué raíces y qué nervio la inervan.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Teclas:&lt;/b&gt; Arriba/Abajo recorren la columna, Intro selecciona, Esc borra, +/&amp;minus; ampliar o reducir, 0 ajusta la lámina.&lt;/p&gt;&lt;p style=&apos;color:#555&apos;&gt;SpineTutor es solo para la formación. No hace diagnósticos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Information card</source>
        <translation>Ficha informativa</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
</context>
<context>
    <name>Consult</name>
    <message>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <source>Choose a condition to see it on the picture and read about it.</source>
        <translation>Elija una afección para verla en el dibujo y leer sobre ella.</translation>
    </message>
    <message>
        <source>Medical name: {name}</source>
        <translation>Nombre médico: {name}</translation>
    </message>
    <message>
        <source>What usually helps:</source>
        <translation>Lo que suele ayudar:</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>No explorado</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Disminuido</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Brisk (livelier than normal)</source>
        <translation>Exaltado (más vivo de lo normal)</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizada</translation>
    </message>
    <message>
        <source>Positive (brings on the symptoms)</source>
        <translation>Positiva (provoca los síntomas)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativa</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Dolor de espalda</translation>
    </message>
    <message>
        <source>Bladder</source>
        <translation>Vejiga</translation>
    </message>
    <message>
        <source>Feeling when passing urine</source>
        <translation>Sensación al orinar</translation>
    </message>
    <message>
        <source>Bowels</source>
        <translation>Intestino</translation>
    </message>
    <message>
        <source>Feeling in the saddle area</source>
        <translation>Sensibilidad en la zona en silla de montar</translation>
    </message>
    <message>
        <source>Sexual function</source>
        <translation>Función sexual</translation>
    </message>
    <message>
        <source>Pulses in the feet</source>
        <translation>Pulsos en los pies</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Marcha</translation>
    </message>
    <message>
        <source>How it started</source>
        <translation>Cómo empezó</translation>
    </message>
    <message>
        <source>Since then</source>
        <translation>Desde entonces</translation>
    </message>
    <message>
        <source>How weak</source>
        <translation>Cuánta debilidad</translation>
    </message>
    <message>
        <source>back pain</source>
        <translation>dolor de espalda</translation>
    </message>
    <message>
        <source>bladder</source>
        <translation>vejiga</translation>
    </message>
    <message>
        <source>bladder sensation</source>
        <translation>sensibilidad vesical</translation>
    </message>
    <message>
        <source>bowels</source>
        <translation>intestino</translation>
    </message>
    <message>
        <source>saddle sensation</source>
        <translation>sensibilidad en silla de montar</translation>
    </message>
    <message>
        <source>sexual dysfunction</source>
        <translation>disfunción sexual</translation>
    </message>
    <message>
        <source>foot pulses</source>
        <translation>pulsos pedios</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribución</translation>
    </message>
    <message>
        <source>gait</source>
        <translation>marcha</translation>
    </message>
    <message>
        <source>onset</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>course</source>
        <translation>evolución</translation>
    </message>
    <message>
        <source>power</source>
        <translation>fuerza muscular</translation>
    </message>
    <message>
        <source>Other warning signs (ask everyone)</source>
        <translation>Otras señales de alarma (pregunte a todos)</translation>
    </message>
    <message>
        <source>Strength: is the movement weak?</source>
        <translation>Fuerza: ¿está débil el movimiento?</translation>
    </message>
    <message>
        <source>Reflexes</source>
        <translation>Reflejos</translation>
    </message>
    <message>
        <source>Bedside tests</source>
        <translation>Pruebas de exploración</translation>
    </message>
    <message>
        <source>What the person tells you</source>
        <translation>Lo que cuenta la persona</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No preguntado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What brings it on or goes with it</source>
        <translation>Qué lo provoca o lo acompaña</translation>
    </message>
    <message>
        <source>What it suggests</source>
        <translation>Qué sugiere</translation>
    </message>
    <message>
        <source>Explain a condition</source>
        <translation>Explicar una afección</translation>
    </message>
    <message>
        <source>Note for the handout:</source>
        <translation>Nota para la hoja informativa:</translation>
    </message>
    <message>
        <source>For example: exercises to try, when to come back</source>
        <translation>Por ejemplo: ejercicios que probar, cuándo volver</translation>
    </message>
    <message>
        <source>Note for the handout</source>
        <translation>Nota para la hoja informativa</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>Clinic name for the handout</source>
        <translation>Nombre del centro para la hoja</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format of the handout&apos;s date field</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Date for the handout</source>
        <translation>Fecha para la hoja</translation>
    </message>
    <message>
        <source>Save handout as PDF…</source>
        <translation>Guardar la hoja como PDF…</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Vista previa e imprimir…</translation>
    </message>
    <message>
        <source>Mark where it hurts, feels numb or tingles, or choose what the examination found. The most likely sources will appear here, with the reasons.</source>
        <translation>Marque dónde duele, dónde está dormido o dónde hormiguea, o elija lo que encontró la exploración. Aquí aparecerán los orígenes más probables, con sus motivos.</translation>
    </message>
    <message>
        <source>These findings do not point to any one nerve or root yet. Add more of what the examination found.</source>
        <translation>Estos hallazgos todavía no apuntan a ningún nervio ni raíz en concreto. Añada más de lo que encontró la exploración.</translation>
    </message>
    <message>
        <source>Most likely first. This compares the findings with textbook patterns; it is not a diagnosis.</source>
        <translation>Primero lo más probable. Esto compara los hallazgos con patrones de libro; no es un diagnóstico.</translation>
    </message>
    <message>
        <source>fits well</source>
        <translation>encaja bien</translation>
    </message>
    <message>
        <source>fits in part</source>
        <translation>encaja en parte</translation>
    </message>
    <message>
        <source>fits weakly</source>
        <translation>encaja poco</translation>
    </message>
    <message>
        <source>(equally likely)</source>
        <translation>(igual de probable)</translation>
    </message>
    <message>
        <source>Where it may come from</source>
        <translation>De dónde puede venir</translation>
    </message>
    <message>
        <source>How well it fits: {words}</source>
        <translation>Cuánto encaja: {words}</translation>
    </message>
    <message>
        <source>What fits:</source>
        <translation>Lo que encaja:</translation>
    </message>
    <message>
        <source>What does not fit:</source>
        <translation>Lo que no encaja:</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Las dos piernas</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Forget everything about this patient: marks, examination, history, note and warnings</source>
        <translation>Olvidar todo sobre este paciente: marcas, exploración, historia, nota y avisos</translation>
    </message>
    <message>
        <source>Show medical terms</source>
        <translation>Mostrar términos médicos</translation>
    </message>
    <message>
        <source>Where do you feel it?</source>
        <translation>¿Dónde lo nota?</translation>
    </message>
    <message>
        <source>Pick pain, numbness or tingling, then click the skin on the picture. Click again to remove it.</source>
        <translation>Elija dolor, entumecimiento u hormigueo y luego haga clic en la piel del dibujo. Vuelva a hacer clic para quitarlo.</translation>
    </message>
    <message>
        <source>Marked areas</source>
        <translation>Zonas marcadas</translation>
    </message>
    <message>
        <source>Nothing marked yet.</source>
        <translation>Todavía no hay nada marcado.</translation>
    </message>
    <message>
        <source>Clear all marks</source>
        <translation>Borrar todas las marcas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {symptom}: {area}</source>
        <translation>Quitar {symptom}: {area}</translation>
    </message>
    <message>
        <source>Made with SpineTutor for education only: it explains anatomy and is not a diagnosis. Only a clinician who examines you can say what is wrong.</source>
        <translation>Hecho con SpineTutor solo con fines educativos: explica anatomía y no es un diagnóstico. Solo un profesional sanitario que le explore puede decir qué ocurre.</translation>
    </message>
    <message>
        <source>Clinic: {clinic}    Date: {date}</source>
        <translation>Centro: {clinic}    Fecha: {date}</translation>
    </message>
    <message>
        <source>What you told us</source>
        <translation>Lo que nos ha contado</translation>
    </message>
    <message>
        <source>What was examined</source>
        <translation>Qué se exploró</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puede hacer</translation>
    </message>
    <message>
        <source>When to seek urgent care</source>
        <translation>Cuándo buscar atención urgente</translation>
    </message>
    <message>
        <source>A note from your clinician</source>
        <translation>Una nota de su profesional sanitario</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Vista previa de la hoja</translation>
    </message>
    <message>
        <source>Your leg and foot: notes from today</source>
        <translation>Su pierna y su pie: notas de hoy</translation>
    </message>
    <message>
        <source>Shaded on the picture: the nerve root or nerve that best fits, and the areas you marked (P = pain, N = numbness, T = tingling)</source>
        <translation>Sombreado en el dibujo: la raíz nerviosa o el nervio que mejor encaja, y las zonas que marcó (D = dolor, E = entumecimiento, H = hormigueo)</translation>
    </message>
    <message>
        <source>The picture shows a right leg; a left leg is the mirror image</source>
        <translation>El dibujo muestra una pierna derecha; la izquierda es su imagen en espejo</translation>
    </message>
    <message>
        <source>Shaded on the picture: where this happens and the nerves and skin it affects</source>
        <translation>Sombreado en el dibujo: dónde ocurre y los nervios y la piel que afecta</translation>
    </message>
    <message>
        <source>Patient findings</source>
        <translation>Hallazgos del paciente</translation>
    </message>
    <message>
        <source>What it may mean</source>
        <translation>Qué puede significar</translation>
    </message>
    <message>
        <source>Leave Consultation?</source>
        <translation>¿Salir de Consulta?</translation>
    </message>
    <message>
        <source>Leaving Consultation forgets this patient: the marks, the examination, the history and the note. Nothing is kept.</source>
        <translation>Al salir de Consulta se olvida a este paciente: las marcas, la exploración, la historia y la nota. No se guarda nada.</translation>
    </message>
    <message>
        <source>Leave and forget</source>
        <translation>Salir y olvidar</translation>
    </message>
    <message>
        <source>New patient?</source>
        <translation>¿Nuevo paciente?</translation>
    </message>
    <message>
        <source>Start a new patient? Everything about this patient is cleared: the marks, the examination, the history, the note and the warnings.</source>
        <translation>¿Empezar con un paciente nuevo? Se borra todo sobre este paciente: las marcas, la exploración, la historia, la nota y los avisos.</translation>
    </message>
    <message>
        <source>Clear and start afresh</source>
        <translation>Borrar y empezar de nuevo</translation>
    </message>
    <message>
        <source>We compared what you told us and what the examination found with textbook patterns. Most likely first:</source>
        <translation>Comparamos lo que nos contó y lo que encontró la exploración con los patrones de los libros. Lo más probable primero:</translation>
    </message>
    <message>
        <source>Side: {side}</source>
        <translation>Lado: {side}</translation>
    </message>
    <message>
        <source>What usually helps</source>
        <translation>Lo que suele ayudar</translation>
    </message>
    <message>
        <source>No single nerve or nerve root stands out from these findings.</source>
        <translation>Con estos hallazgos no destaca ningún nervio ni raíz nerviosa en concreto.</translation>
    </message>
    <message>
        <source>Against: {reason}</source>
        <translation>En contra: {reason}</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Qué ayuda</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Qué esperar</translation>
    </message>
    <message>
        <source>Advice in our own words after: {sources}</source>
        <translation>Consejos con nuestras palabras, según: {sources}</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>Qt date format for the handout</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Guardar la hoja como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>P</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <source>N</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Hormigueo</translation>
    </message>
    <message>
        <source>T</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Your LEFT leg: the picture shows a right leg, so yours is its mirror image</source>
        <translation>Su pierna IZQUIERDA: el dibujo muestra una pierna derecha, así que la suya es su imagen en espejo</translation>
    </message>
    <message>
        <source>Your RIGHT leg, as drawn</source>
        <translation>Su pierna DERECHA, tal como está dibujada</translation>
    </message>
    <message>
        <source>BOTH legs: one right leg is drawn; the left is its mirror image</source>
        <translation>LAS DOS piernas: se dibuja una pierna derecha; la izquierda es su imagen en espejo</translation>
    </message>
    <message>
        <source>squeezed here</source>
        <translation>aquí se comprime</translation>
    </message>
    <message>
        <source>Seek urgent care today</source>
        <translation>Busque atención urgente hoy</translation>
    </message>
    <message>
        <source>Please get medical advice soon</source>
        <translation>Pida consejo médico pronto</translation>
    </message>
    <message>
        <source>Go to an emergency department the same day if you notice any of these: numbness in the saddle area (between the legs, around the back passage or of the genitals); new trouble passing urine, less feeling when passing urine, or leaking urine or stool; a new change in sexual function; sciatica, numbness or weakness in both legs; or weakness that is severe or getting worse.</source>
        <translation>Acuda a un servicio de urgencias el mismo día si nota cualquiera de estas cosas: entumecimiento en la zona en silla de montar (entre las piernas, alrededor del ano o de los genitales); dificultad nueva para orinar, menos sensación al orinar, o escapes de orina o heces; un cambio nuevo en la función sexual; ciática, entumecimiento o debilidad en las dos piernas; o una debilidad grave o que va empeorando.</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Find a structure…</source>
        <translation>Buscar una estructura…</translation>
    </message>
    <message>
        <source>Find a structure on the plate</source>
        <translation>Buscar una estructura en la lámina</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>Not answered.</source>
        <translation>Sin responder.</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is not one of the options.</source>
        <translation>«{option}» no es una de las opciones.</translation>
    </message>
    <message>
        <source>{right} of {total} right answers chosen.</source>
        <translation>Ha elegido {right} de {total} respuestas correctas.</translation>
    </message>
    <message>
        <source>{right} of {total} right answers chosen, {wrong} wrong.</source>
        <translation>Ha elegido {right} de {total} respuestas correctas y {wrong} incorrectas.</translation>
    </message>
    <message>
        <source>The statement is true.</source>
        <translation>La afirmación es verdadera.</translation>
    </message>
    <message>
        <source>The statement is false.</source>
        <translation>La afirmación es falsa.</translation>
    </message>
    <message>
        <source>Found {found} of {total} regions.</source>
        <translation>Ha encontrado {found} de {total} regiones.</translation>
    </message>
    <message>
        <source>Missed: {regions}.</source>
        <translation>Faltan: {regions}.</translation>
    </message>
    <message>
        <source>Not part of it: {regions}.</source>
        <translation>No forman parte: {regions}.</translation>
    </message>
    <message>
        <source>Use each step exactly once.</source>
        <translation>Use cada paso exactamente una vez.</translation>
    </message>
    <message>
        <source>{good} of {pairs} steps follow on correctly.</source>
        <translation>{good} de {pairs} pasos siguen en el orden correcto.</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer la disposición</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Posterolateral</source>
        <translation>Posterolateral</translation>
    </message>
    <message>
        <source>Far-lateral / foraminal</source>
        <translation>Lateral extrema / foraminal</translation>
    </message>
    <message>
        <source>Central (cauda equina)</source>
        <translation>Central (cola de caballo)</translation>
    </message>
    <message>
        <source>SpineTutor — from the lower spine to the foot</source>
        <translation>SpineTutor — de la columna lumbar al pie</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Educational use only — not a diagnosis</source>
        <translation>Solo para uso educativo — no es un diagnóstico</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Lámina</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>&amp;Borrar la selección</translation>
    </message>
    <message>
        <source>Disc herniation</source>
        <translation>Hernia discal</translation>
    </message>
    <message>
        <source> Disc herniation: </source>
        <translation> Hernia discal: </translation>
    </message>
    <message>
        <source>Disc &amp;herniation</source>
        <translation>&amp;Hernia discal</translation>
    </message>
    <message>
        <source>&amp;Find a structure</source>
        <translation>&amp;Buscar una estructura</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SpineTutor</source>
        <translation>&amp;Acerca de SpineTutor</translation>
    </message>
    <message>
        <source>About SpineTutor</source>
        <translation>Acerca de SpineTutor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SpineTutor {version}&lt;/h3&gt;&lt;p&gt;An offline tutor for how a problem in the lower spine turns into pain, numbness or weakness in the foot.&lt;/p&gt;&lt;p&gt;&lt;b&gt;For education only.&lt;/b&gt; SpineTutor does not diagnose; anyone with saddle numbness, new bladder or bowel trouble, symptoms in both legs or rapidly worsening weakness should seek urgent care the same day.&lt;/p&gt;&lt;p&gt;Facts cite ISNCSCI/ASIA, StatPearls, Physiopedia, Radiopaedia and textbook tables; each card lists its sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SpineTutor {version}&lt;/h3&gt;&lt;p&gt;Un tutor sin conexión sobre cómo un problema en la parte baja de la columna se convierte en dolor, entumecimiento o debilidad en el pie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solo para la formación.&lt;/b&gt; SpineTutor no hace diagnósticos; cualquier persona con entumecimiento en la zona en silla de montar, problemas nuevos de vejiga o intestino, síntomas en las dos piernas o una debilidad que empeora rápidamente debe buscar atención urgente el mismo día.&lt;/p&gt;&lt;p&gt;Los datos citan ISNCSCI/ASIA, StatPearls, Physiopedia, Radiopaedia y tablas de libros de texto; cada ficha indica sus fuentes.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
</context>
<context>
    <name>Plate</name>
    <message>
        <source>Spine-to-foot diagram</source>
        <translation>Diagrama de la columna al pie</translation>
    </message>
    <message>
        <source>Anatomical plate. Up and Down walk the spine, Enter selects, Escape clears.</source>
        <translation>Lámina anatómica. Arriba y Abajo recorren la columna, Intro selecciona, Escape borra.</translation>
    </message>
    <message>
        <source>{name}. Press Enter to select.</source>
        <translation>{name}. Pulse Intro para seleccionar.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;Reset settings</source>
        <translation>&amp;Restablecer la configuración</translation>
    </message>
    <message>
        <source>Report a content &amp;error…</source>
        <translation>Informar de un &amp;error de contenido…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language: {name}. The consultation mode uses it now; restart SpineTutor to see the menus and the other panels in {name}.</source>
        <translation>Idioma: {name}. El modo consulta ya lo usa; reinicie SpineTutor para ver los menús y los demás paneles en {name}.</translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <source>No quiz questions in this pack</source>
        <translation>No hay preguntas de cuestionario en este paquete</translation>
    </message>
    <message>
        <source>Show a class question first (Q)</source>
        <translation>Primero muestra una pregunta de clase (Q)</translation>
    </message>
    <message>
        <source>Could not open to the class: {problem}</source>
        <translation>No se pudo abrir a la clase: {problem}</translation>
    </message>
    <message>
        <source>Select a root, disc or nerve first: nothing to reveal</source>
        <translation>Primero seleccione una raíz, un disco o un nervio: no hay nada que mostrar</translation>
    </message>
    <message>
        <source>Cleared the drawings on this slide, in the pack too ({path})</source>
        <translation>Dibujos de esta diapositiva borrados, también en el paquete ({path})</translation>
    </message>
    <message>
        <source>No lesson pack folder to save into</source>
        <translation>No hay ninguna carpeta de paquete de lecciones donde guardar</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No se ha guardado: {problem}</translation>
    </message>
    <message>
        <source>Saved the drawings into the pack ({path})</source>
        <translation>Dibujos guardados en el paquete ({path})</translation>
    </message>
    <message>
        <source>Save scene</source>
        <translation>Guardar escena</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>Nombre de esta vista:</translation>
    </message>
    <message>
        <source>Saved scene &apos;{name}&apos; into the pack ({path})</source>
        <translation>Escena &apos;{name}&apos; guardada en el paquete ({path})</translation>
    </message>
    <message>
        <source>No saved scenes in this pack yet (Ctrl+Shift+S saves one)</source>
        <translation>Todavía no hay escenas guardadas en este paquete (Ctrl+Shift+S guarda una)</translation>
    </message>
    <message>
        <source>Saved scenes</source>
        <translation>Escenas guardadas</translation>
    </message>
    <message>
        <source> (its slide is no longer in this pack)</source>
        <translation> (su diapositiva ya no está en este paquete)</translation>
    </message>
    <message>
        <source>Scene: {name}</source>
        <translation>Escena: {name}</translation>
    </message>
    <message>
        <source>Skin (sensory loss, pain)</source>
        <translation>Piel (pérdida de sensibilidad, dolor)</translation>
    </message>
    <message>
        <source>Muscles / movements (weakness)</source>
        <translation>Músculos / movimientos (debilidad)</translation>
    </message>
    <message>
        <source>Reflexes (reduced)</source>
        <translation>Reflejos (disminuidos)</translation>
    </message>
    <message>
        <source>Bedside tests (positive)</source>
        <translation>Pruebas de exploración (positivas)</translation>
    </message>
    <message>
        <source>Compare   ·   C: next pair   ·   Shift+C: pick any two   ·   Esc: back</source>
        <translation>Comparar   ·   C: par siguiente   ·   Mayús+C: elegir dos cualesquiera   ·   Esc: volver</translation>
    </message>
    <message>
        <source>Only {name}</source>
        <translation>Solo {name}</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Dibujo</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Suggested pairs (Enter or double-click):</source>
        <translation>Pares sugeridos (Intro o doble clic):</translation>
    </message>
    <message>
        <source>Type to jump to a structure</source>
        <translation>Escriba para ir a una estructura</translation>
    </message>
    <message>
        <source>{a}  vs  {b}</source>
        <translation>{a}  frente a  {b}</translation>
    </message>
    <message>
        <source>Compare two structures</source>
        <translation>Comparar dos estructuras</translation>
    </message>
    <message>
        <source>Class question</source>
        <translation>Pregunta a la clase</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Next slide (in a question: reveal answer, explanation, go on)</source>
        <translation>Diapositiva siguiente (en una pregunta: mostrar la respuesta, la explicación, continuar)</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Diapositiva anterior</translation>
    </message>
    <message>
        <source>First slide of the lesson</source>
        <translation>Primera diapositiva de la lección</translation>
    </message>
    <message>
        <source>Last slide of the lesson</source>
        <translation>Última diapositiva de la lección</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Lección siguiente</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Lección anterior</translation>
    </message>
    <message>
        <source>Black screen on / off</source>
        <translation>Pantalla en negro sí / no</translation>
    </message>
    <message>
        <source>Reveal the next step: root, plexus, nerve, branch, skin</source>
        <translation>Mostrar el paso siguiente: raíz, plexo, nervio, rama, piel</translation>
    </message>
    <message>
        <source>Take the last step back</source>
        <translation>Ocultar el último paso</translation>
    </message>
    <message>
        <source>Pen (press again to stop drawing)</source>
        <translation>Lápiz (vuelva a pulsar para dejar de dibujar)</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Resaltador</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>Puntero láser</translation>
    </message>
    <message>
        <source>Next pen colour</source>
        <translation>Siguiente color del lápiz</translation>
    </message>
    <message>
        <source>Undo the last drawing on this slide</source>
        <translation>Deshacer el último trazo de esta diapositiva</translation>
    </message>
    <message>
        <source>Clear the drawings on this slide</source>
        <translation>Borrar los dibujos de esta diapositiva</translation>
    </message>
    <message>
        <source>Save this lesson&apos;s drawings into the pack</source>
        <translation>Guardar los dibujos de esta lección en el paquete</translation>
    </message>
    <message>
        <source>Save the current view as a scene in the pack</source>
        <translation>Guardar la vista actual como escena en el paquete</translation>
    </message>
    <message>
        <source>Open a saved scene</source>
        <translation>Abrir una escena guardada</translation>
    </message>
    <message>
        <source>Compare two lesions side by side: the lesson&apos;s pairs, then the classic ones (again: next pair)</source>
        <translation>Comparar dos lesiones lado a lado: los pares de la lección y luego los clásicos (otra vez: par siguiente)</translation>
    </message>
    <message>
        <source>Compare any two structures: pick them</source>
        <translation>Comparar dos estructuras cualesquiera: elegirlas</translation>
    </message>
    <message>
        <source>Show a question from this lesson (again: next one)</source>
        <translation>Mostrar una pregunta de esta lección (otra vez: la siguiente)</translation>
    </message>
    <message>
        <source>Open the question to the class: phones answer, a live chart shows the counts (again: close it)</source>
        <translation>Abrir la pregunta a la clase: responden con el móvil y un gráfico en vivo muestra los recuentos (de nuevo: cerrarla)</translation>
    </message>
    <message>
        <source>Reveal the correct answer</source>
        <translation>Mostrar la respuesta correcta</translation>
    </message>
    <message>
        <source>Show the explanation</source>
        <translation>Mostrar la explicación</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Fit the plate to its space again</source>
        <translation>Volver a ajustar la lámina a su espacio</translation>
    </message>
    <message>
        <source>Presenter view (next slide and notes) on / off</source>
        <translation>Vista del presentador (diapositiva siguiente y notas) sí / no</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Esta lista de teclas</translation>
    </message>
    <message>
        <source>Close a question or comparison; else leave presenting</source>
        <translation>Cerrar una pregunta o una comparación; si no, dejar de presentar</translation>
    </message>
    <message>
        <source>Start or stop presenting</source>
        <translation>Empezar o dejar de presentar</translation>
    </message>
    <message>
        <source>Presenting: keys</source>
        <translation>Presentación: teclas</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Present: no lessons to show (open a lesson pack)</source>
        <translation>Presentar: no hay lecciones que mostrar (abra un paquete de lecciones)</translation>
    </message>
    <message>
        <source>Saved scenes not loaded: {problem}</source>
        <translation>No se cargaron las escenas guardadas: {problem}</translation>
    </message>
    <message>
        <source>No lessons to present</source>
        <translation>No hay lecciones que presentar</translation>
    </message>
    <message>
        <source>Diagram step skipped: {problem}</source>
        <translation>Paso del diagrama omitido: {problem}</translation>
    </message>
    <message>
        <source>End of the course</source>
        <translation>Fin del curso</translation>
    </message>
    <message>
        <source>No lessons</source>
        <translation>No hay lecciones</translation>
    </message>
    <message>
        <source>SpineTutor — presenter view</source>
        <translation>SpineTutor — vista del presentador</translation>
    </message>
    <message>
        <source>Slide {number} of {total}</source>
        <translation>Diapositiva {number} de {total}</translation>
    </message>
    <message>
        <source>No notes for this slide (an author adds them with &apos;notes:&apos; in the section). On the slide:</source>
        <translation>Esta diapositiva no tiene notas (el autor las añade con &apos;notes:&apos; en la sección). En la diapositiva:</translation>
    </message>
    <message>
        <source>Next: — end of the course —</source>
        <translation>Siguiente: — fin del curso —</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Siguiente: {title}</translation>
    </message>
    <message>
        <source>Next: {title}  (lesson: {lesson})</source>
        <translation>Siguiente: {title}  (lección: {lesson})</translation>
    </message>
    <message>
        <source>Close to the class (V)</source>
        <translation>Cerrar a la clase (V)</translation>
    </message>
    <message>
        <source>Open to the class: answer on phones (V)</source>
        <translation>Abrir a la clase: responder con el móvil (V)</translation>
    </message>
    <message>
        <source>Class question {number} of {total}</source>
        <translation>Pregunta a la clase {number} de {total}</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Answer on the plate.</source>
        <translation>Se responde en la lámina.</translation>
    </message>
    <message>
        <source>The answer is shown on the plate.</source>
        <translation>La respuesta se muestra en la lámina.</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Raíz</translation>
    </message>
    <message>
        <source>Plexus</source>
        <translation>Plexo</translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation>Nervio</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Rama</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Piel</translation>
    </message>
    <message>
        <source>{root} root</source>
        <translation>raíz {root}</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Lápiz</translation>
    </message>
    <message>
        <source>Laser</source>
        <translation>Láser</translation>
    </message>
    <message>
        <source>? keys</source>
        <translation>? teclas</translation>
    </message>
    <message>
        <source>The address of this laptop on the room&apos;s network</source>
        <translation>La dirección de este portátil en la red del aula</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Red:</translation>
    </message>
    <message>
        <source>Answer on your phone: {address}</source>
        <translation>Responde con tu móvil: {address}</translation>
    </message>
    <message>
        <source>PIN {pin}</source>
        <translation>PIN {pin}</translation>
    </message>
    <message>
        <source>Phones must be on the same network as this laptop. Nothing about students is kept, only the counts.</source>
        <translation>Los móviles deben estar en la misma red que este portátil. No se guarda nada de los estudiantes, solo los recuentos.</translation>
    </message>
    <message>
        <source>{n} answer(s)</source>
        <translation>{n} respuesta(s)</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>no answers</source>
        <translation>sin respuestas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>Results (*.csv);;All files (*)</source>
        <translation>Resultados (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>1 learner</source>
        <translation>1 estudiante</translation>
    </message>
    <message>
        <source>{n} learners</source>
        <translation>{n} estudiantes</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 respuesta</translation>
    </message>
    <message>
        <source>{n} answers</source>
        <translation>{n} respuestas</translation>
    </message>
    <message>
        <source>Class results</source>
        <translation>Resultados de la clase</translation>
    </message>
    <message>
        <source>Open learners&apos; CSV files…</source>
        <translation>Abrir los archivos CSV de los estudiantes…</translation>
    </message>
    <message>
        <source>Read the class from an LRS…</source>
        <translation>Leer la clase desde un LRS…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Open the CSV files your learners exported to see the class.</source>
        <translation>Abra los archivos CSV que exportaron sus estudiantes para ver los resultados de la clase.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem} — this file was left out.</source>
        <translation>{file}, línea {line}: {problem} — este archivo no se ha tenido en cuenta.</translation>
    </message>
    <message>
        <source>No results could be read. Open other files to try again.</source>
        <translation>No se pudo leer ningún resultado. Abra otros archivos para volver a intentarlo.</translation>
    </message>
    <message>
        <source>{learners} ({names}), {answers} from {files}.</source>
        <translation>{learners} ({names}), {answers} de {files}.</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} archivos</translation>
    </message>
    <message>
        <source>Most missed</source>
        <translation>Más falladas</translation>
    </message>
    <message>
        <source>By root and topic</source>
        <translation>Por raíz y tema</translation>
    </message>
    <message>
        <source>By question</source>
        <translation>Por pregunta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Falladas</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>{misses} of {attempts}</source>
        <translation>{misses} de {attempts}</translation>
    </message>
    <message>
        <source>Root or topic</source>
        <translation>Raíz o tema</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>By learner</source>
        <translation>Por estudiante</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Open learners&apos; results</source>
        <translation>Abrir los resultados de los estudiantes</translation>
    </message>
    <message>
        <source>Export the class results</source>
        <translation>Exportar los resultados de la clase</translation>
    </message>
    <message>
        <source>Guests keep no answers, so there is nothing to export. Choose your learner profile first.</source>
        <translation>Los invitados no guardan respuestas, así que no hay nada que exportar. Elija primero su perfil de estudiante.</translation>
    </message>
    <message>
        <source>Your results could not be exported: {error}</source>
        <translation>No se pudieron exportar sus resultados: {error}</translation>
    </message>
    <message>
        <source>Exported {answers} of {learner} to {file}.</source>
        <translation>Se exportaron {answers} de {learner} a {file}.</translation>
    </message>
    <message>
        <source>Export my results as CSV</source>
        <translation>Exportar mis resultados como CSV</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Todavía no hay respuestas</translation>
    </message>
    <message>
        <source>Start the first lesson</source>
        <translation>Empezar la primera lección</translation>
    </message>
    <message>
        <source>Study next</source>
        <translation>Qué estudiar ahora</translation>
    </message>
    <message>
        <source>Your weakest topics</source>
        <translation>Sus temas más débiles</translation>
    </message>
    <message>
        <source>Accuracy per root</source>
        <translation>Aciertos por raíz</translation>
    </message>
    <message>
        <source>Share of answers right for questions about each root (in brackets: how many answers).</source>
        <translation>Proporción de respuestas correctas en las preguntas sobre cada raíz (entre paréntesis: cuántas respuestas).</translation>
    </message>
    <message>
        <source>Answers and accuracy per day</source>
        <translation>Respuestas y aciertos por día</translation>
    </message>
    <message>
        <source>Bars: questions answered. Dots: share right.</source>
        <translation>Barras: preguntas respondidas. Puntos: proporción de aciertos.</translation>
    </message>
    <message>
        <source>Reviews due this week</source>
        <translation>Repasos de esta semana</translation>
    </message>
    <message>
        <source>Today&apos;s bar includes any overdue.</source>
        <translation>La barra de hoy incluye los repasos atrasados.</translation>
    </message>
    <message>
        <source>Guest — nothing is kept</source>
        <translation>Invitado — no se guarda nada</translation>
    </message>
    <message>
        <source>{learner}&apos;s progress</source>
        <translation>Progreso de {learner}</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>streak</source>
        <translation>racha</translation>
    </message>
    <message>
        <source>time studied</source>
        <translation>tiempo de estudio</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>right overall</source>
        <translation>aciertos en total</translation>
    </message>
    <message>
        <source>You are studying as a guest, so nothing is kept. Choose a learner profile to see your progress here.</source>
        <translation>Está estudiando como invitado, así que no se guarda nada. Elija un perfil de estudiante para ver aquí su progreso.</translation>
    </message>
    <message>
        <source>Answer a few quiz questions and this page will show what to study next: your weakest roots and the reviews that are due.</source>
        <translation>Responda algunas preguntas de los cuestionarios y esta página le mostrará qué estudiar ahora: sus raíces más débiles y los repasos pendientes.</translation>
    </message>
    <message>
        <source>Review 1 due question</source>
        <translation>Repasar 1 pregunta pendiente</translation>
    </message>
    <message>
        <source>Review {n} due questions</source>
        <translation>Repasar {n} preguntas pendientes</translation>
    </message>
    <message>
        <source>Spaced review: the questions you are about to forget.</source>
        <translation>Repaso espaciado: las preguntas que está a punto de olvidar.</translation>
    </message>
    <message>
        <source>Nothing due for review today</source>
        <translation>Hoy no hay nada pendiente de repaso</translation>
    </message>
    <message>
        <source>1 review coming this week.</source>
        <translation>1 repaso previsto esta semana.</translation>
    </message>
    <message>
        <source>{n} reviews coming this week.</source>
        <translation>{n} repasos previstos esta semana.</translation>
    </message>
    <message>
        <source>Try a new lesson or a weak topic below.</source>
        <translation>Pruebe una lección nueva o uno de los temas débiles de abajo.</translation>
    </message>
    <message>
        <source>No weak spots with enough answers yet — keep reviewing.</source>
        <translation>Todavía no hay puntos débiles con suficientes respuestas — siga repasando.</translation>
    </message>
    <message>
        <source>{percent} right of {answered}</source>
        <translation>{percent} de aciertos en {answered}</translation>
    </message>
    <message>
        <source>Study this</source>
        <translation>Estudiar esto</translation>
    </message>
    <message>
        <source>under 60%</source>
        <translation>menos del 60%</translation>
    </message>
    <message>
        <source>80% and over</source>
        <translation>80% o más</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>todavía nada</translation>
    </message>
    <message>
        <source>{root} root</source>
        <translation>Raíz {root}</translation>
    </message>
    <message>
        <source>Who is learning?</source>
        <translation>¿Quién está estudiando?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Añadir estudiante</translation>
    </message>
    <message>
        <source>Rename to this name</source>
        <translation>Renombrar con este nombre</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Continue as guest — nothing is kept</source>
        <translation>Continuar como invitado — no se guarda nada</translation>
    </message>
    <message>
        <source>Consultation with a patient — no learner, nothing kept</source>
        <translation>Consulta con un paciente: sin estudiante, no se guarda nada</translation>
    </message>
    <message>
        <source>Choose your name to keep your progress on this computer.</source>
        <translation>Elija su nombre para guardar su progreso en este equipo.</translation>
    </message>
    <message>
        <source>Start as {name}</source>
        <translation>Empezar como {name}</translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>Eliminar estudiante</translation>
    </message>
    <message>
        <source>Delete {name} and all of {name}&apos;s answers and review schedule? This cannot be undone here.</source>
        <translation>¿Eliminar a {name} y todas las respuestas y el calendario de repasos de {name}? Esto no se puede deshacer aquí.</translation>
    </message>
    <message>
        <source>{name} was deleted.</source>
        <translation>Se eliminó a {name}.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again</source>
        <translation>el disco está lleno. Libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the progress folder is read-only</source>
        <translation>la carpeta del progreso es de solo lectura</translation>
    </message>
    <message>
        <source>another SpineTutor window is using the progress file</source>
        <translation>otra ventana de SpineTutor está usando el archivo de progreso</translation>
    </message>
    <message>
        <source>the progress file cannot be written</source>
        <translation>no se puede escribir en el archivo de progreso</translation>
    </message>
    <message>
        <source>Your progress file was damaged and nothing in it could be read; there was no backup, so SpineTutor started a new one. The damaged file was kept as {aside}.</source>
        <translation>Su archivo de progreso estaba dañado y no se pudo leer nada de él; no había ninguna copia de seguridad, así que SpineTutor empezó uno nuevo. El archivo dañado se guardó como {aside}.</translation>
    </message>
    <message>
        <source>Your progress file was damaged and has been rebuilt. Answers recovered: {total} (all from the damaged file; there was no backup). The damaged file was kept as {aside}.</source>
        <translation>Su archivo de progreso estaba dañado y se ha reconstruido. Respuestas recuperadas: {total} (todas del archivo dañado; no había ninguna copia de seguridad). El archivo dañado se guardó como {aside}.</translation>
    </message>
    <message>
        <source>Your progress file was damaged and has been rebuilt. Answers recovered: {total} ({from_file} from the damaged file, {more} more from the backups). Backups: {backups}, undamaged: {good}. The damaged file was kept as {aside}.</source>
        <translation>Su archivo de progreso estaba dañado y se ha reconstruido. Respuestas recuperadas: {total} ({from_file} del archivo dañado y {more} más de las copias de seguridad). Copias de seguridad: {backups}, sin daños: {good}. El archivo dañado se guardó como {aside}.</translation>
    </message>
    <message>
        <source>Your answers can&apos;t be saved right now: {why}. SpineTutor keeps working; nothing already saved is lost.</source>
        <translation>Ahora mismo no se pueden guardar sus respuestas: {why}. SpineTutor sigue funcionando; no se pierde nada de lo ya guardado.</translation>
    </message>
    <message>
        <source>{error} SpineTutor works, but your answers are not saved.</source>
        <translation>{error} SpineTutor funciona, pero sus respuestas no se guardan.</translation>
    </message>
    <message>
        <source>The progress file could not be opened.</source>
        <translation>No se pudo abrir el archivo de progreso.</translation>
    </message>
    <message>
        <source>Class results from an LRS</source>
        <translation>Resultados de la clase desde un LRS</translation>
    </message>
    <message>
        <source>LRS address</source>
        <translation>Dirección del LRS</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Class registration</source>
        <translation>Registro de la clase</translation>
    </message>
    <message>
        <source>The class registration is a UUID your LRS gave the class.</source>
        <translation>El registro de la clase es un UUID que su LRS asignó a la clase.</translation>
    </message>
    <message>
        <source>Reading the class from the LRS…</source>
        <translation>Leyendo la clase desde el LRS…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Reading the class from the LRS… {n} records so far</source>
        <translation>Leyendo la clase desde el LRS… {n} registros hasta ahora</translation>
    </message>
    <message>
        <source>The class could not be read: {why}.</source>
        <translation>No se pudo leer la clase: {why}.</translation>
    </message>
    <message>
        <source>the LRS at {address}</source>
        <translation>el LRS en {address}</translation>
    </message>
    <message>
        <source>Learning Record Store</source>
        <translation>Registro de aprendizaje (LRS)</translation>
    </message>
    <message>
        <source>Your school can collect what you answer in a Learning Record Store (xAPI). Nothing is sent unless you tick the box below. Ask your instructor for the address, key and secret and the class registration.</source>
        <translation>Su centro puede recoger lo que usted responde en un registro de aprendizaje (LRS, xAPI). No se envía nada salvo que marque la casilla de abajo. Pida a su docente la dirección, la clave, el secreto y el registro de la clase.</translation>
    </message>
    <message>
        <source>Send my learning records to this LRS</source>
        <translation>Enviar mis registros de aprendizaje a este LRS</translation>
    </message>
    <message>
        <source>Your account name</source>
        <translation>Su nombre de cuenta</translation>
    </message>
    <message>
        <source>Account belongs to (address)</source>
        <translation>La cuenta pertenece a (dirección)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Choose a learner first: the guest keeps nothing, so it sends nothing.</source>
        <translation>Elija primero un estudiante: el invitado no guarda nada, así que no envía nada.</translation>
    </message>
    <message>
        <source>Before sending can start: {what}.</source>
        <translation>Antes de poder enviar: {what}.</translation>
    </message>
    <message>
        <source>Trying {address}…</source>
        <translation>Probando {address}…</translation>
    </message>
    <message>
        <source>Not connected: {why}.</source>
        <translation>Sin conexión: {why}.</translation>
    </message>
    <message>
        <source>Connected: the LRS accepted the key and secret.</source>
        <translation>Conectado: el LRS aceptó la clave y el secreto.</translation>
    </message>
    <message>
        <source>xAPI {versions}.</source>
        <translation>xAPI {versions}.</translation>
    </message>
    <message>
        <source>Learning records: all sent</source>
        <translation>Registros de aprendizaje: todo enviado</translation>
    </message>
    <message>
        <source>Learning records: {n} waiting to send</source>
        <translation>Registros de aprendizaje: {n} pendientes de envío</translation>
    </message>
    <message>
        <source>Learning records not sent ({error}); they will go later</source>
        <translation>Registros de aprendizaje no enviados ({error}); se enviarán más tarde</translation>
    </message>
    <message>
        <source> · {n} waiting</source>
        <translation> · {n} pendientes</translation>
    </message>
    <message>
        <source>Learning records: all sent at {time}</source>
        <translation>Registros de aprendizaje: todo enviado a las {time}</translation>
    </message>
    <message>
        <source>Learning records</source>
        <translation>Registros de aprendizaje</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report a content error</source>
        <translation>Informar de un error de contenido</translation>
    </message>
    <message>
        <source>Describe what looks wrong. SpineTutor saves a plain-text report on this computer; send it to your teacher or the course maintainer yourself. Nothing is sent automatically.</source>
        <translation>Describa lo que parece incorrecto. SpineTutor guarda un informe en texto plano en este ordenador; envíelo usted mismo a su profesor o a quien mantiene el curso. No se envía nada automáticamente.</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>What seems wrong</source>
        <translation>Qué parece incorrecto</translation>
    </message>
    <message>
        <source>e.g. the card says L4 supplies the big toe; most sources give L5</source>
        <translation>p. ej., la ficha dice que L4 inerva el dedo gordo; la mayoría de las fuentes dicen L5</translation>
    </message>
    <message>
        <source>Suggested correction or source</source>
        <translation>Corrección propuesta o fuente</translation>
    </message>
    <message>
        <source>optional: the correction and where it comes from</source>
        <translation>opcional: la corrección y de dónde procede</translation>
    </message>
    <message>
        <source>&amp;Structure:</source>
        <translation>&amp;Estructura:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lección:</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation>Se&amp;cción:</translation>
    </message>
    <message>
        <source>&amp;What seems wrong:</source>
        <translation>&amp;Qué parece incorrecto:</translation>
    </message>
    <message>
        <source>Suggested &amp;correction:</source>
        <translation>Co&amp;rrección propuesta:</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar el informe…</translation>
    </message>
    <message>
        <source>Save content error report</source>
        <translation>Guardar el informe de error de contenido</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>No se pudo escribir {path}:
{error}</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>Saved to {path}.
Send this file to your teacher or the course maintainer.</source>
        <translation>Guardado en {path}.
Envíe este archivo a su profesor o a quien mantiene el curso.</translation>
    </message>
</context>
<context>
    <name>Resets</name>
    <message>
        <source>some preferences (theme, text size, language or last lesson)</source>
        <translation>algunas preferencias (tema, tamaño del texto, idioma o última lección)</translation>
    </message>
    <message>
        <source>the window layout</source>
        <translation>la disposición de la ventana</translation>
    </message>
    <message>
        <source>the saved copy of the plate</source>
        <translation>la copia guardada de la lámina</translation>
    </message>
    <message>
        <source>the saved copy of the lessons</source>
        <translation>la copia guardada de las lecciones</translation>
    </message>
    <message>
        <source>SpineTutor found damaged files and reset them to the defaults: {what}.</source>
        <translation>SpineTutor encontró archivos dañados y los restableció a los valores predeterminados: {what}.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>Intro</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Search lessons, sections and questions…</source>
        <translation>Buscar en lecciones, secciones y preguntas…</translation>
    </message>
    <message>
        <source>Search lessons…</source>
        <translation>Buscar lecciones…</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>Buscar lecciones</translation>
    </message>
    <message>
        <source>Lessons by topic</source>
        <translation>Lecciones por tema</translation>
    </message>
    <message>
        <source>Problems in the lesson pack</source>
        <translation>Problemas en el paquete de lecciones</translation>
    </message>
    <message>
        <source>1 lesson</source>
        <translation>1 lección</translation>
    </message>
    <message>
        <source>{n} lessons</source>
        <translation>{n} lecciones</translation>
    </message>
    <message>
        <source>⚠ Problems ({n}) — these files were skipped</source>
        <translation>⚠ Problemas ({n}) — se omitieron estos archivos</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>No lesson, section or question mentions “{query}”.</source>
        <translation>Ninguna lección, sección o pregunta menciona «{query}».</translation>
    </message>
    <message>
        <source>After this lesson you can</source>
        <translation>Después de esta lección podrá</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Sections of this lesson</source>
        <translation>Secciones de esta lección</translation>
    </message>
    <message>
        <source>Lesson file problem</source>
        <translation>Problema en el archivo de la lección</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Previous section (Page Up)</source>
        <translation>Sección anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Next section (Page Down)</source>
        <translation>Sección siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>1 section</source>
        <translation>1 sección</translation>
    </message>
    <message>
        <source>{n} sections</source>
        <translation>{n} secciones</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>unos {minutes} min</translation>
    </message>
    <message>
        <source>Take the test: {title} ({count} questions)</source>
        <translation>Hacer el examen: {title} ({count} preguntas)</translation>
    </message>
    <message>
        <source>Take the quiz: {title} ({count} questions)</source>
        <translation>Hacer el cuestionario: {title} ({count} preguntas)</translation>
    </message>
    <message>
        <source>Take the test {title}</source>
        <translation>Hacer el examen {title}</translation>
    </message>
    <message>
        <source>Take the quiz {title}</source>
        <translation>Hacer el cuestionario {title}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No lessons here yet&lt;/h3&gt;&lt;p&gt;Open a lesson pack with &lt;b&gt;File → Open lesson pack…&lt;/b&gt;, or fix the problems listed on the left.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay lecciones&lt;/h3&gt;&lt;p&gt;Abra un paquete de lecciones con &lt;b&gt;Archivo → Abrir paquete de lecciones…&lt;/b&gt;, o corrija los problemas de la lista de la izquierda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;lesson pack…</source>
        <translation>Abrir paquete de &amp;lecciones…</translation>
    </message>
    <message>
        <source>&amp;Compare two structures…</source>
        <translation>&amp;Comparar dos estructuras…</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Diagram step skipped: {problem}</source>
        <translation>Paso del diagrama omitido: {problem}</translation>
    </message>
    <message>
        <source>Not on the diagram: {target}</source>
        <translation>No está en el diagrama: {target}</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>su respuesta</translation>
    </message>
    <message>
        <source>Open lesson pack</source>
        <translation>Abrir paquete de lecciones</translation>
    </message>
    <message>
        <source>The file of this lesson has a problem ({problem}). Showing the last good version until it is fixed.</source>
        <translation>El archivo de esta lección tiene un problema ({problem}). Se muestra la última versión correcta hasta que se corrija.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Pick all that apply.</source>
        <translation>Elija todas las que correspondan.</translation>
    </message>
    <message>
        <source>   ✔ right</source>
        <translation>   ✔ correcta</translation>
    </message>
    <message>
        <source>   ✘ not right</source>
        <translation>   ✘ incorrecta</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Click your answer on the diagram. Click again to change it.</source>
        <translation>Haga clic en su respuesta en el diagrama. Vuelva a hacer clic para cambiarla.</translation>
    </message>
    <message>
        <source>Your answer: —</source>
        <translation>Su respuesta: —</translation>
    </message>
    <message>
        <source>Or choose the structure by name</source>
        <translation>O elija la estructura por su nombre</translation>
    </message>
    <message>
        <source>Or choose by name…</source>
        <translation>O elija por nombre…</translation>
    </message>
    <message>
        <source>Your answer: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Su respuesta: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click each region on the diagram to mark it; click again to unmark.</source>
        <translation>Haga clic en cada zona del diagrama para marcarla; vuelva a hacer clic para desmarcarla.</translation>
    </message>
    <message>
        <source>Marked regions (Delete removes one)</source>
        <translation>Zonas marcadas (Supr quita una)</translation>
    </message>
    <message>
        <source>Mark a region by name</source>
        <translation>Marcar una zona por su nombre</translation>
    </message>
    <message>
        <source>Or mark a region by name…</source>
        <translation>O marque una zona por su nombre…</translation>
    </message>
    <message>
        <source>Marked:</source>
        <translation>Marcadas:</translation>
    </message>
    <message>
        <source>Steps to put in order</source>
        <translation>Pasos que hay que ordenar</translation>
    </message>
    <message>
        <source>Drag a step, or move it with Ctrl+Up / Ctrl+Down</source>
        <translation>Arrastre un paso o muévalo con Ctrl+Arriba / Ctrl+Abajo</translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation>↑ Subir</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ Bajar</translation>
    </message>
    <message>
        <source>✔ Correct</source>
        <translation>✔ Correcto</translation>
    </message>
    <message>
        <source>◐ Partly right</source>
        <translation>◐ Correcto en parte</translation>
    </message>
    <message>
        <source>✘ Not quite</source>
        <translation>✘ No del todo</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>The answer:</source>
        <translation>La respuesta:</translation>
    </message>
    <message>
        <source>The right order:</source>
        <translation>El orden correcto:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Back to lesson</source>
        <translation>Volver a la lección</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Submit your answer (Enter)</source>
        <translation>Enviar su respuesta (Intro)</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Test · pass {mark}%</source>
        <translation>Examen · aprobado con {mark}%</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Pregunta {number} de {total}</translation>
    </message>
    <message>
        <source>See results</source>
        <translation>Ver resultados</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentarlo de nuevo</translation>
    </message>
    <message>
        <source>Results — {title}</source>
        <translation>Resultados — {title}</translation>
    </message>
    <message>
        <source>{right} of {total} questions fully right; partial credit counts towards the score.</source>
        <translation>{right} de {total} preguntas totalmente correctas; las respuestas correctas en parte también suman.</translation>
    </message>
    <message>
        <source>{right} of {total} questions fully right.</source>
        <translation>{right} de {total} preguntas totalmente correctas.</translation>
    </message>
    <message>
        <source>✔ Passed (pass mark {mark}%)</source>
        <translation>✔ Aprobado (nota de aprobado {mark}%)</translation>
    </message>
    <message>
        <source>Not passed yet (pass mark {mark}%)</source>
        <translation>Todavía no aprobado (nota de aprobado {mark}%)</translation>
    </message>
    <message>
        <source>Review what you missed</source>
        <translation>Repase lo que falló</translation>
    </message>
    <message>
        <source>Every question right — well done.</source>
        <translation>Todas las preguntas correctas — ¡muy bien!</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>your score {percent}%</source>
        <translation>su puntuación {percent}%</translation>
    </message>
    <message>
        <source>↪ Reread: {title}</source>
        <translation>↪ Releer: {title}</translation>
    </message>
    <message>
        <source>Reread {title}</source>
        <translation>Releer {title}</translation>
    </message>
    <message>
        <source>Opening the lesson pack: {done} of {total} files…</source>
        <translation>Abriendo el paquete de lecciones: {done} de {total} archivos…</translation>
    </message>
    <message>
        <source>Opening lessons</source>
        <translation>Abriendo lecciones</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
</TS>
