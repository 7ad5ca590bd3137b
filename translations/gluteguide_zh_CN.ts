<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/dialogs/AboutDialog.cpp" line="+41"/>
        <source>About GluteGuide</source>
        <translation>关于 GluteGuide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coaches a side-lying hip series that strengthens the glutes and can help ease low back pain.</source>
        <translation>指导您完成一套侧卧髋部练习，增强臀肌，并有助于缓解下背痛。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GluteGuide does not replace a clinician&apos;s advice. If an exercise hurts, stop and ask your physiotherapist, chiropractor or doctor before going on.</source>
        <translation>GluteGuide 不能代替临床医生的建议。如果某个练习让您感到疼痛，请停下来，先咨询您的物理治疗师、脊椎按摩师或医生，再继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copyright © 2026 The GluteGuide developers. GluteGuide is free software: you may share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>版权所有 © 2026 GluteGuide 开发者。GluteGuide 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或任何更高版本的条款分享和修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Third-party notices</source>
        <translation>第三方声明</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/storage/AppSettings.cpp" line="+305"/>
        <source>%1: &quot;%2&quot; is not %3; using %4</source>
        <translation>%1：“%2”不是%3；改用 %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>one of RecordedClips, SystemSpeech, Off</source>
        <translation>RecordedClips、SystemSpeech、Off 之一</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a number from 0 to 1</source>
        <translation>0 到 1 之间的数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of system, light, dark, high-contrast</source>
        <translation>system、light、dark、high-contrast 之一</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a stored staff PIN</source>
        <translation>已保存的工作人员 PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none: kiosk mode asks for a new PIN</source>
        <translation>无：展示模式会要求设置新的 PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a time like 18:00</source>
        <translation>类似 18:00 的时间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a list of weekdays from 1 (Monday) to 7 (Sunday)</source>
        <translation>1（星期一）到 7（星期日）的星期列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no day</source>
        <translation>不选任何一天</translation>
    </message>
</context>
<context>
    <name>BigCounter</name>
    <message>
        <location filename="../app/widgets/BigCounter.cpp" line="+23"/>
        <location line="+1"/>
        <source>Repetition count</source>
        <translation>重复次数</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+31"/>
        <source>Print the exercise plan and exit.</source>
        <translation>打印练习计划后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the routine in &lt;file&gt; instead of the built-in one.</source>
        <translation>使用 &lt;文件&gt; 中的训练计划，而不是内置计划。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+4"/>
        <location line="+35"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>With --plan or --history, print JSON.</source>
        <translation>与 --plan 或 --history 一起使用时，输出 JSON。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the routine&apos;s handout to &lt;file&gt; as a PDF and exit.</source>
        <translation>将训练计划的练习单以 PDF 格式写入 &lt;文件&gt; 后退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --export-handout: a4 or letter.</source>
        <translation>与 --export-handout 一起使用：a4 或 letter。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the sessions kept in the history and exit.</source>
        <translation>打印历史记录中保存的训练后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the sessions kept in the history to &lt;file&gt; as CSV and exit.</source>
        <translation>将历史记录中的训练以 CSV 格式写入 &lt;文件&gt; 后退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show and say everything in &lt;language&gt;: %1. Without it, the language chosen in Settings, else the system&apos;s.</source>
        <translation>用 &lt;语言&gt; 显示和朗读全部内容：%1。不指定时，使用设置中选择的语言，否则使用系统语言。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No voice or sounds; captions only.</source>
        <translation>无语音和声音，仅显示字幕。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the window full screen.</source>
        <translation>全屏打开窗口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in the system tray, for the daily reminder (used when starting with the desktop).</source>
        <translation>在系统托盘中启动，用于每日提醒（随桌面启动时使用）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run as the clinic&apos;s front-desk demo: full screen, a looping demonstration, locked with the staff PIN.</source>
        <translation>作为诊所前台演示运行：全屏、循环演示，并用员工 PIN 锁定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begin the session at once.</source>
        <translation>立即开始训练。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run session time &lt;x&gt; times as fast (for demos and testing).</source>
        <translation>以 &lt;x&gt; 倍速度运行训练时间（用于演示和测试）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write every session event and cue to &lt;file&gt; as JSON Lines.</source>
        <translation>将每个训练事件和提示以 JSON Lines 格式写入 &lt;文件&gt;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a PNG of the window to &lt;file&gt; and exit (works without a display).</source>
        <translation>将窗口截图以 PNG 格式保存到 &lt;文件&gt; 后退出（无需显示器）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot, start the session and show it &lt;seconds&gt; in.</source>
        <translation>与 --screenshot 一起使用：开始训练，并显示第 &lt;秒数&gt; 秒时的画面。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>With --at, apply &lt;command&gt; at that moment: pause, thats_all_i_can_do, skip, pain_stop or stop.</source>
        <translation>与 --at 一起使用：在该时刻执行 &lt;命令&gt;：pause、thats_all_i_can_do、skip、pain_stop 或 stop。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --screenshot, show this screen: home, preview, editor, progress or settings.</source>
        <translation>与 --screenshot 一起使用：显示此界面：home、preview、editor、progress 或 settings。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>screen</source>
        <translation>界面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --screenshot --page preview: see the figure from the front or from the feet.</source>
        <translation>与 --screenshot --page preview 一起使用：从正面（front）或从脚的方向（feet）查看人物。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front|feet</source>
        <translation>front|feet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the window after &lt;seconds&gt; (for benchmarks).</source>
        <translation>&lt;秒数&gt; 秒后关闭窗口（用于性能测试）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coaches a side-lying hip exercise series that strengthens the glutes.
It does not replace a clinician&apos;s advice. Stop if you feel pain.</source>
        <translation>指导您完成一组侧卧髋部练习，强化臀肌。
本软件不能替代医生或治疗师的建议。如感到疼痛，请停止。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A routine file to use, as with --routine.</source>
        <translation>要使用的训练计划文件，与 --routine 相同。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[file]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Option &apos;language&apos; needs one of: %1.</source>
        <translation>选项“language”需要以下之一：%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Option &apos;%1&apos; is given more than once.</source>
        <translation>选项“%1”给出了不止一次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option &apos;routine&apos; needs a file name.</source>
        <translation>选项“routine”需要一个文件名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the routine file once: either FILE or --routine FILE.</source>
        <translation>训练计划文件只能指定一次：直接给出“文件”，或使用“--routine 文件”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;export-handout&apos; needs a file name.</source>
        <translation>选项“export-handout”需要一个文件名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;paper&apos; needs a4 or letter.</source>
        <translation>选项“paper”需要 a4 或 letter。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option &apos;paper&apos; applies only with --export-handout.</source>
        <translation>选项“paper”仅在使用 --export-handout 时有效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &apos;export-history&apos; needs a file name.</source>
        <translation>选项“export-history”需要一个文件名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give only one of --plan, --export-handout, --history and --export-history.</source>
        <translation>--plan、--export-handout、--history 和 --export-history 只能指定其中一个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;json&apos; applies only with --plan or --history.</source>
        <translation>选项“json”仅在使用 --plan 或 --history 时有效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options &apos;history&apos; and &apos;export-history&apos; read the stored sessions; leave out the routine file.</source>
        <translation>选项“history”和“export-history”读取已保存的训练；请不要指定训练计划文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Option &apos;background&apos; starts hidden; leave out --kiosk and --start.</source>
        <translation>选项“background”以隐藏方式启动；请不要同时使用 --kiosk 和 --start。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option &apos;kiosk&apos; starts with the demonstration loop; leave out --start.</source>
        <translation>选项“kiosk”以循环演示启动；请不要同时使用 --start。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Option &apos;speed&apos; needs a number from %1 to %2.</source>
        <translation>选项“speed”需要 %1 到 %2 之间的数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Option &apos;at&apos; applies only with --screenshot.</source>
        <translation>选项“at”仅在使用 --screenshot 时有效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;at&apos; needs a number of seconds from 0 to %1.</source>
        <translation>选项“at”需要 0 到 %1 之间的秒数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;then&apos; applies only with --screenshot and --at.</source>
        <translation>选项“then”仅在同时使用 --screenshot 和 --at 时有效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;then&apos; needs one of: pause, thats_all_i_can_do, skip, pain_stop, stop.</source>
        <translation>选项“then”需要以下之一：pause、thats_all_i_can_do、skip、pain_stop、stop。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;page&apos; applies only with --screenshot.</source>
        <translation>选项“page”仅在使用 --screenshot 时有效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;page&apos; needs one of: %1.</source>
        <translation>选项“page”需要以下之一：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &apos;at&apos; goes with the session screen, --page preview or --page kiosk.</source>
        <translation>选项“at”只能用于训练界面、--page preview 或 --page kiosk。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;view&apos; applies only with --screenshot --page preview.</source>
        <translation>选项“view”仅在使用 --screenshot --page preview 时有效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;view&apos; needs front or feet.</source>
        <translation>选项“view”需要 front 或 feet。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option &apos;quit-after&apos; needs a number of seconds above 0 and up to %1.</source>
        <translation>选项“quit-after”需要大于 0 且不超过 %1 的秒数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Option &apos;plan&apos; prints the plan and opens no window; leave out the window&apos;s options.</source>
        <translation>选项“plan”只打印计划，不打开窗口；请去掉窗口相关的选项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;export-handout&apos; writes a file and opens no window; leave out the window&apos;s options.</source>
        <translation>选项“export-handout”只写入文件，不打开窗口；请去掉窗口相关的选项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options &apos;history&apos; and &apos;export-history&apos; open no window; leave out the window&apos;s options.</source>
        <translation>选项“history”和“export-history”不打开窗口；请去掉窗口相关的选项。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the handout cannot be written: %1</source>
        <translation>无法写入练习单：%1</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../app/audio/CuePlayer.cpp" line="+203"/>
        <source>A voice clip could not be played. Captions continue.</source>
        <translation>有一段语音无法播放。字幕会继续显示。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No sound output was found. The session goes on with captions.</source>
        <translation>未找到声音输出设备。训练将继续，只显示字幕。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound stopped working — captions continue.</source>
        <translation>声音已停止工作——字幕会继续显示。</translation>
    </message>
</context>
<context>
    <name>CueTexts</name>
    <message>
        <location filename="../app/cues/CueTexts.cpp" line="+16"/>
        <source>Lie down on your side on the floor, on a mat if you have one.</source>
        <translation>侧躺在地板上，有垫子的话就躺在垫子上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest your head on your lower arm or your hands, neck straight.</source>
        <translation>把头枕在下方的手臂或双手上，颈部保持平直。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stack your hips, knees and feet. Bend your knees, heels together.</source>
        <translation>髋部、膝盖和双脚上下对齐。屈膝，脚跟并拢。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put your top hand on your top hip, so your pelvis stays still.</source>
        <translation>上方的手放在上方的髋部，让骨盆保持不动。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clamshells: lift the top knee, heels together.</source>
        <translation>蚌式开合：抬起上方的膝盖，脚跟并拢。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straight leg raises: lift the top leg a few inches.</source>
        <translation>直腿抬高：把上方的腿抬高大约十厘米。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulses: an inch up, an inch down.</source>
        <translation>脉冲抬腿：向上两三厘米，再向下两三厘米。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small slow circles, clockwise.</source>
        <translation>慢慢画小圈，顺时针。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small slow circles, counterclockwise.</source>
        <translation>慢慢画小圈，逆时针。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hips stacked.</source>
        <translation>髋部保持对齐。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nice and slow.</source>
        <translation>慢一点，稳一点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feet together.</source>
        <translation>双脚并拢。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rocking.</source>
        <translation>身体不要晃动。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lift.</source>
        <translation>抬起。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower.</source>
        <translation>放下。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up.</source>
        <translation>向上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down.</source>
        <translation>向下。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circle.</source>
        <translation>画圈。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Now reverse the circles: counterclockwise.</source>
        <translation>现在反方向画圈：逆时针。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 of %2.</source>
        <translation>第 %1 组，共 %2 组。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides. Roll onto your other side and stack your hips again.</source>
        <translation>换边。翻身到另一侧，再次把髋部对齐。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Three more.</source>
        <translation>还剩三次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last one.</source>
        <translation>最后一次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rest for a moment.</source>
        <translation>稍作休息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest. The next set starts soon.</source>
        <translation>休息一下。下一组马上开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well done. You have finished the series.</source>
        <translation>做得好。您已完成整组练习。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping now. Rest in a comfortable position. If the pain goes on, contact your clinician.</source>
        <translation>现在停止。以舒适的姿势休息。如果疼痛持续，请联系您的医生或治疗师。</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <location filename="../app/startup/DisplayCheck.cpp" line="+22"/>
        <source>gluteguide: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
  On a desktop, start it from a terminal inside the desktop session.
  Without one, run it on a virtual display:   xvfb-run -a gluteguide
  or save a picture of the window instead:    gluteguide --screenshot window.png --at 30
  or print the exercise plan:                 gluteguide --plan
</source>
        <translation>gluteguide: 没有可以打开窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。
  在桌面环境中，请从桌面会话内的终端启动。
  如果没有桌面，可在虚拟显示器上运行：  xvfb-run -a gluteguide
  或者改为保存窗口截图：                gluteguide --screenshot window.png --at 30
  或者打印练习计划：                    gluteguide --plan
</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <location filename="../app/text/DisplayNames.cpp" line="+10"/>
        <source>Untitled routine</source>
        <translation>未命名训练计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side-lying hip series</source>
        <translation>侧卧髋部系列练习</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clamshell</source>
        <translation>蚌式开合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straight-leg raise</source>
        <translation>直腿抬高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulses</source>
        <translation>脉冲抬腿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circles clockwise</source>
        <translation>顺时针画圈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circles counterclockwise</source>
        <translation>逆时针画圈</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lift</source>
        <translation>抬起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower</source>
        <translation>放下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>向上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>向下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circle</source>
        <translation>画圈</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lie on your side</source>
        <translation>侧躺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head on your arm</source>
        <translation>头枕在手臂上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stack hips, knees and feet</source>
        <translation>髋、膝、脚上下对齐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand on your top hip</source>
        <translation>手放在上方的髋部</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lying on your left side</source>
        <translation>左侧卧</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lying on your right side</source>
        <translation>右侧卧</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set %1 of %2</source>
        <translation>第 %1 组，共 %2 组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Getting into position</source>
        <translation>摆好姿势</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short rest</source>
        <translation>短暂休息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest between sets</source>
        <translation>组间休息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides</source>
        <translation>换边</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 s</source>
        <translation>%1 %2 秒</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../app/pages/EditorPage.cpp" line="+66"/>
        <source>Repetitions</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tempo</source>
        <translation>节奏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Edit the routine</source>
        <translation>编辑训练计划</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Getting into position</source>
        <translation>摆好姿势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movements, in the order they are done</source>
        <translation>动作（按练习顺序）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch a movement off to leave it out; its settings are kept.</source>
        <translation>关闭某个动作即可跳过它；其设置会保留。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length and repetitions of the routine</source>
        <translation>训练计划的时长和重复次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the built-in routine</source>
        <translation>恢复为内置训练计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to home</source>
        <translation>返回主页</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>From %1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2 seconds</source>
        <translation>%1 到 %2 秒</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Routine</source>
        <translation>训练计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine name</source>
        <translation>训练计划名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the patient</source>
        <translation>给患者的备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on Home and printed on the handout</source>
        <translation>显示在主页上，并打印在练习单上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the patient:</source>
        <translation>给患者的备注：</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Rename the routine</source>
        <translation>重命名训练计划</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the note</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Sides and sets</source>
        <translation>侧别和组数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side to lie on first</source>
        <translation>先侧卧的一侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lie on this side first:</source>
        <translation>先侧卧于：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then the other side</source>
        <translation>然后换另一侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides</source>
        <translation>两侧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets on each side</source>
        <translation>每侧组数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets on each side:</source>
        <translation>每侧组数：</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Change the first side</source>
        <translation>更改先做的一侧</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do both sides</source>
        <translation>两侧都做</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do one side only</source>
        <translation>只做一侧</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the sets</source>
        <translation>修改组数</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Rests</source>
        <translation>休息</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Get ready before each movement:</source>
        <translation>每个动作前的准备：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between movements:</source>
        <translation>动作之间：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between sets:</source>
        <translation>组间：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling to the other side:</source>
        <translation>翻身到另一侧：</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Change a rest</source>
        <translation>修改休息时间</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Change a set-up step</source>
        <translation>修改准备步骤</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Do %1</source>
        <translation>做%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> reps</source>
        <translation> 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: repetitions</source>
        <translation>%1：重复次数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the tempo</source>
        <translation>修改节奏</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move %1 earlier</source>
        <translation>将“%1”前移</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move %1 later</source>
        <translation>将“%1”后移</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch a movement on</source>
        <translation>启用一个动作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch a movement off</source>
        <translation>关闭一个动作</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the repetitions</source>
        <translation>修改重复次数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the order</source>
        <translation>调整顺序</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1 in all · %2 repetitions</source>
        <translation>共 %1 · %2 次重复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct what is marked in red to use this routine</source>
        <translation>请更正标红的内容后再使用此训练计划</translation>
    </message>
</context>
<context>
    <name>FormPoints</name>
    <message>
        <location filename="../app/text/FormPoints.cpp" line="+9"/>
        <source>Knees bent, heels together: the feet stay touching the whole time.</source>
        <translation>屈膝，脚跟并拢：双脚始终贴在一起。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the top knee slowly and bring it down under control.</source>
        <translation>慢慢抬起上方的膝盖，再有控制地放下。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t let the knee drop all the way between repetitions.</source>
        <translation>两次重复之间，不要让膝盖完全落下。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You should feel the side of your hip doing the work.</source>
        <translation>您应能感觉到髋部外侧在发力。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straighten the top leg first.</source>
        <translation>先伸直上方的腿。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift it only a few inches (about 10 cm), then lower it slowly.</source>
        <translation>只抬高几厘米（约 10 厘米），然后慢慢放下。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slower you go, the harder the hip works: that is the point.</source>
        <translation>动作越慢，髋部越用力：这正是练习的目的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the straight leg raised.</source>
        <translation>伸直的腿保持抬起。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it about an inch up and an inch down, slowly.</source>
        <translation>慢慢向上约 2.5 厘米，再向下约 2.5 厘米。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hand on the floor in front of you can steady you.</source>
        <translation>可以把一只手撑在身前的地板上，帮助稳定身体。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the leg straight, draw small, slow circles with the foot.</source>
        <translation>保持腿伸直，用脚慢慢画小圈。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the leg moves: the hips don&apos;t rock.</source>
        <translation>只有腿在动：髋部不要晃动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clockwise first; the next movement reverses the direction.</source>
        <translation>先顺时针；下一个动作反方向进行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same small circles, the other way round.</source>
        <translation>同样的小圈，方向相反。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hips, knees and feet stay stacked; a hand on the top hip keeps the pelvis from rolling forward or back.</source>
        <translation>髋、膝、脚保持上下对齐；一只手放在上方髋部，防止骨盆向前或向后转动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head resting on your arm or hands, neck neutral.</source>
        <translation>头枕在手臂或双手上，颈部保持中立。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t manage all the repetitions yet? Do what you can and build up.</source>
        <translation>还做不完所有次数？尽力而为，逐步增加。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop if you feel pain.</source>
        <translation>如感到疼痛，请停止。</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../app/handout/Handout.cpp" line="+126"/>
        <source>GluteGuide does not replace your clinician&apos;s advice.</source>
        <translation>GluteGuide 不能替代您的医生或治疗师的建议。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About %1 minutes, %2 repetitions in all.</source>
        <translation>约 %1 分钟，共 %2 次重复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sets lying on your %2 side, then %1 sets on your %3 side.</source>
        <translation>先%2卧做 %1 组，再%3卧做 %1 组。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sets lying on your %2 side.</source>
        <translation>%2卧做 %1 组。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rests: %1 s to get ready before each movement, %2 s between movements, %3 s between sets</source>
        <translation>休息：每个动作前准备 %1 秒，动作之间 %2 秒，组间 %3 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 s to roll onto the other side</source>
        <translation>，翻身到另一侧 %1 秒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sets on each side</source>
        <translation>每侧 %1 组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sets</source>
        <translation>%1 组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 repetitions × %2 · %3</source>
        <translation>%1 次 × %2 · %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your exercises · %1</source>
        <translation>您的练习 · %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From your therapist</source>
        <translation>治疗师的话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session</source>
        <translation>训练安排</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Getting into position</source>
        <translation>摆好姿势</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stay safe</source>
        <translation>注意安全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop if it hurts, and ask your physiotherapist, chiropractor or doctor before going on. Can&apos;t manage all the repetitions yet? Do what you can and build up over the weeks. Move slowly and keep your hips stacked. This handout does not replace your clinician&apos;s advice.</source>
        <translation>如有疼痛请停止，并在继续之前咨询您的物理治疗师、整脊师或医生。还做不完所有次数？尽力而为，在几周内逐步增加。动作要慢，髋部保持上下对齐。本练习单不能替代医生或治疗师的建议。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each set, in this order</source>
        <translation>每组按以下顺序</translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <location filename="../app/history/HistoryCsv.cpp" line="+56"/>
        <source>Started</source>
        <extracomment>Column headings of the history exported as CSV, for a spreadsheet.</extracomment>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routine</source>
        <translation>训练计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration (seconds)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>侧别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Movement</source>
        <translation>动作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps done</source>
        <translation>完成次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps prescribed</source>
        <translation>规定次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That&apos;s all I can do</source>
        <extracomment>The column that says whether the person pressed &quot;That&apos;s all I can do&quot;.</extracomment>
        <translation>我只能做这么多</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <location filename="../app/history/HistoryDatabase.cpp" line="+160"/>
        <source>The history cannot be kept: the folder %1 cannot be created.</source>
        <translation>无法保存历史记录：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history cannot be kept: the folder %1 cannot be written.</source>
        <translation>无法保存历史记录：文件夹 %1 无法写入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>The history %1 cannot be opened: %2</source>
        <translation>无法打开历史记录 %1：%2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The history %1 is damaged, and it is read-only, so it is left as it is.</source>
        <translation>历史记录 %1 已损坏且为只读，因此保持原样。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history %1 is damaged and cannot be moved aside.</source>
        <translation>历史记录 %1 已损坏，且无法移到一旁。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+359"/>
        <source>The history %1 cannot be read: %2</source>
        <translation>无法读取历史记录 %1：%2</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>The history %1 was written by a newer version of GluteGuide, so it is left as it is.</source>
        <translation>历史记录 %1 由更新版本的 GluteGuide 写入，因此保持原样。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history %1 needs an update but is read-only.</source>
        <translation>历史记录 %1 需要更新，但它是只读的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history %1 is in use by another program.</source>
        <translation>历史记录 %1 正被其他程序使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history %1 cannot be brought up to date: %2</source>
        <translation>无法更新历史记录 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The history file was damaged and could not be read. It was kept as %1, and a new history was begun.</source>
        <translation>历史记录文件已损坏，无法读取。它已另存为 %1，并已开始新的历史记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history %1 can be read but not written, so new sessions cannot be saved in it.</source>
        <translation>历史记录 %1 可读但不可写，因此无法在其中保存新的训练。</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+14"/>
        <source>Session %1 was not begun in this history.</source>
        <translation>训练 %1 不是在此历史记录中开始的。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The session could not be saved: the history is not open.</source>
        <translation>无法保存本次训练：历史记录未打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+126"/>
        <source>The session could not be saved in the history: %1 cannot be written. Earlier sessions are unchanged; export the history as CSV to keep this one.</source>
        <translation>无法将本次训练保存到历史记录：%1 无法写入。之前的训练未受影响；请将历史记录导出为 CSV 以保留本次训练。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The history is in use by another program. This session is kept and will be saved as soon as the history is free.</source>
        <translation>历史记录正被其他程序使用。本次训练已暂存，历史记录可用后会立即保存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session could not be saved in the history: the disk is full. Earlier sessions are unchanged; free some space, or export the history as CSV to keep this one.</source>
        <translation>无法将本次训练保存到历史记录：磁盘已满。之前的训练未受影响；请释放一些空间，或将历史记录导出为 CSV 以保留本次训练。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session could not be saved in the history: %1. Earlier sessions are unchanged; export the history as CSV to keep this one.</source>
        <translation>无法将本次训练保存到历史记录：%1。之前的训练未受影响；请将历史记录导出为 CSV 以保留本次训练。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The history %1 cannot be read: it is not open.</source>
        <translation>无法读取历史记录 %1：它未打开。</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../app/cli/HistoryText.cpp" line="+18"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped for pain</source>
        <translation>因疼痛停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sessions recorded yet.</source>
        <translation>尚无训练记录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routine</source>
        <translation>训练计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps</source>
        <translation>次数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../app/pages/HomePage.cpp" line="+57"/>
        <source>%1 reps · %2</source>
        <translation>%1 次 · %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>GluteGuide</source>
        <translation>GluteGuide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note from your therapist</source>
        <translation>治疗师的备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit routine</source>
        <translation>编辑计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GluteGuide does not replace advice from your clinician. Move slowly, and stop if you feel pain.</source>
        <translation>GluteGuide 不能替代医生或治疗师的建议。动作要慢，如感到疼痛，请停止。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From your therapist: %1</source>
        <translation>治疗师留言：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This routine has problems to correct in the editor before it can be started.</source>
        <translation>此训练计划有问题，需要先在编辑器中更正才能开始。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>then the other side</source>
        <translation>然后换另一侧</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one side only</source>
        <translation>仅一侧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 movements · %2 sets on each side, %3 · %4 repetitions · about %5 min</source>
        <translation>%1 个动作 · 每侧 %2 组，%3 · %4 次重复 · 约 %5 分钟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../app/pages/KioskPage.cpp" line="+117"/>
        <source>Clinic</source>
        <translation>诊所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise demonstration figure</source>
        <translation>练习演示人物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement</source>
        <translation>动作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it</source>
        <translation>试一试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it: a short session to follow</source>
        <translation>试一试：跟着做一段简短训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short session to follow on the mat: one set, a few repetitions of each movement.</source>
        <translation>在垫子上跟着做一段简短训练：一组，每个动作做几次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caption</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A demonstration only: it does not replace a clinician&apos;s advice. Stop if a movement hurts.</source>
        <translation>仅为演示：不能替代医生或治疗师的建议。如某个动作引起疼痛，请停止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sound off</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound on</source>
        <translation>声音开启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound is off: turn it on</source>
        <translation>声音已关闭：点按开启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound is on: turn it off</source>
        <translation>声音已开启：点按关闭</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/window/LanguageMenu.cpp" line="+52"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/window/MainWindow.cpp" line="+310"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New routine</source>
        <translation>新建训练计划(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open routine…</source>
        <translation>打开训练计划(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export handout…</source>
        <translation>导出练习单(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print handout…</source>
        <translation>打印练习单(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Edit the routine</source>
        <translation>编辑训练计划(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GluteGuide</source>
        <translation>关于 GluteGuide(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1[*] — GluteGuide</source>
        <translation>%1[*] — GluteGuide</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 first?</source>
        <translation>是否先保存对 %1 的更改？</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open a routine</source>
        <translation>打开训练计划</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The routine could not be opened</source>
        <translation>无法打开训练计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not opened; the routine you had stays as it was.

%2</source>
        <translation>未打开 %1；当前的训练计划保持不变。

%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the routine</source>
        <translation>保存训练计划</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The routine was not saved</source>
        <translation>训练计划未保存</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the handout</source>
        <translation>导出练习单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>No handout yet</source>
        <translation>暂无练习单</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Correct what is marked in the editor first.</source>
        <translation>请先更正编辑器中标出的内容。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The handout was not saved</source>
        <translation>练习单未保存</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print the handout</source>
        <translation>打印练习单</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>A session is running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not opened, so that the session goes on. Open it from the File menu when the session is over.</source>
        <translation>为了让训练继续进行，%1 没有打开。请在训练结束后从“文件”菜单打开它。</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Progress history</source>
        <translation>进度历史记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions not yet saved are kept while GluteGuide runs; export them as a CSV file to keep a copy.</source>
        <translation>尚未保存的训练会在 GluteGuide 运行期间保留；请将其导出为 CSV 文件以保留副本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history was not exported</source>
        <translation>历史记录未导出</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>GluteGuide</source>
        <translation>GluteGuide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for today&apos;s hip exercises.</source>
        <translation>该做今天的髋部练习了。</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <location filename="../app/storage/OutputPath.cpp" line="+10"/>
        <source>cannot be written: it is a folder</source>
        <translation>无法写入：这是一个文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be written: the folder %1 does not exist</source>
        <translation>无法写入：文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: %1 is not a folder</source>
        <translation>无法写入：%1 不是文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: permission denied</source>
        <translation>无法写入：没有权限</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../app/dialogs/PinDialog.cpp" line="+33"/>
        <source>Set the staff PIN</source>
        <translation>设置员工 PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Staff PIN</source>
        <translation>员工 PIN</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Choose a staff PIN</source>
        <translation>设定员工 PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the staff PIN</source>
        <translation>输入员工 PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff type this PIN to leave kiosk mode or change its settings. Use %1 to %2 digits.</source>
        <translation>员工输入此 PIN 才能退出前台演示模式或更改其设置。请使用 %1 到 %2 位数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kiosk settings are for clinic staff.</source>
        <translation>前台演示设置仅供诊所员工使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New staff PIN</source>
        <translation>新的员工 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New PIN:</source>
        <translation>新 PIN(&amp;N)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New staff PIN again</source>
        <translation>再次输入新的员工 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIN message</source>
        <translation>PIN 提示信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The PIN needs %1 to %2 digits.</source>
        <translation>PIN 需要 %1 到 %2 位数字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the same PIN again to confirm it.</source>
        <translation>请再次输入相同的 PIN 以确认。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>两次输入的 PIN 不一致。请输入两次相同的 PIN。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That PIN is not right.</source>
        <translation>PIN 不正确。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>错误次数过多。请 %1 秒后重试。</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../app/cli/PlanText.cpp" line="+17"/>
        <source>1 rep</source>
        <translation>1 次</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 set</source>
        <translation>1 组</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sets</source>
        <translation>
            <numerusform>%n 组</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 per side: lying on your left side first, then on your right side</source>
        <translation>每侧 %1：先左侧卧，再右侧卧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per side: lying on your right side first, then on your left side</source>
        <translation>每侧 %1：先右侧卧，再左侧卧</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, lying on your left side only</source>
        <translation>%1，仅左侧卧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, lying on your right side only</source>
        <translation>%1，仅右侧卧</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Setup</source>
        <translation>摆好姿势</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>get ready: %1 (%2)</source>
        <translation>准备：%1（%2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rest (%1)</source>
        <translation>休息（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rest between sets (%1)</source>
        <translation>组间休息（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>switch sides: roll onto your left side (%1)</source>
        <translation>换边：翻身到左侧卧（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch sides: roll onto your right side (%1)</source>
        <translation>换边：翻身到右侧卧（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set %1 of %2, %3</source>
        <translation>第 %1 组，共 %2 组，%3</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Total time %1, %2</source>
        <translation>总时长 %1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each set:</source>
        <translation>每组：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Get ready before each movement: %1</source>
        <translation>每个动作前准备：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between movements: %1</source>
        <translation>动作间休息：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between sets: %1</source>
        <translation>组间休息：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switching sides: %1</source>
        <translation>换边：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lie on your side on the floor</source>
        <translation>侧躺在地板上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rest your head on your lower arm, neck in line</source>
        <translation>头枕在下方的手臂上，颈部保持平直</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stack hips, knees and feet, heels together</source>
        <translation>髋、膝、脚上下对齐，脚跟并拢</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put your top hand on your top hip</source>
        <translation>上方的手放在上方的髋部</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lying on your left side</source>
        <translation>左侧卧</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lying on your right side</source>
        <translation>右侧卧</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × (%2)</source>
        <translation>%1 × (%2)</translation>
    </message>
</context>
<context>
    <name>PlanTimeline</name>
    <message>
        <location filename="../app/widgets/PlanTimeline.cpp" line="+131"/>
        <source>%1 side</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1</source>
        <translation>第 %1 组</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../app/pages/PreviewPage.cpp" line="+143"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front view</source>
        <translation>正面视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View from the feet</source>
        <translation>从脚的方向看</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Movement preview</source>
        <translation>动作预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form points</source>
        <translation>动作要点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole session timeline</source>
        <translation>整个训练的时间轴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This movement&apos;s timeline</source>
        <translation>本动作的时间轴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview time</source>
        <translation>预览时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole session:</source>
        <translation>整个训练：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This movement:</source>
        <translation>本动作：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement to preview</source>
        <translation>要预览的动作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the start (Home)</source>
        <translation>跳到开头（Home 键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One frame back (Left)</source>
        <translation>后退一帧（左方向键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+246"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>One frame on (Right)</source>
        <translation>前进一帧（右方向键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the end (End)</source>
        <translation>跳到结尾（End 键）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Movement:</source>
        <translation>动作(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview speed</source>
        <translation>预览速度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop this movement</source>
        <translation>循环播放本动作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice at 1×</source>
        <translation>1× 速度时播放语音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to home</source>
        <translation>返回主页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to home (Esc)</source>
        <translation>返回主页（Esc）</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Repetition %1 of %2</source>
        <translation>第 %1 次，共 %2 次</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+245"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../app/pages/ProgressPage.cpp" line="+141"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sessions yet. After your first session, this page shows how your repetitions build up for each movement, how many sessions you do each week and how many days in a row you have exercised.</source>
        <translation>还没有训练记录。完成第一次训练后，此页面会显示每个动作的重复次数如何逐步增加、每周训练几次，以及您已连续锻炼了多少天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sessions yet</source>
        <translation>还没有训练记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetitions per session, all sets and sides</source>
        <translation>每次训练的重复次数（所有组和两侧合计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in a row</source>
        <translation>连续天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current streak</source>
        <translation>当前连续天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Last pain stop</source>
        <translation>最近一次因疼痛停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions per week</source>
        <translation>每周训练次数</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Finish or stop a session to see what to aim for next time.</source>
        <translation>完成或停止一次训练后，即可看到下次的目标。</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+61"/>
        <source>Aim for next time</source>
        <translation>下次目标</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Prescribed</source>
        <translation>处方次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aim for</source>
        <translation>目标次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetition targets for next time</source>
        <translation>下次的重复次数目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Back to home</source>
        <translation>返回主页</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ReminderAutostart</name>
    <message>
        <location filename="../app/reminder/ReminderAutostart.cpp" line="+72"/>
        <source>Reminds you of your daily hip exercises</source>
        <translation>提醒您每天做髋部练习</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../app/tray/ReminderTray.cpp" line="+93"/>
        <source>GluteGuide reminder menu</source>
        <translation>GluteGuide 提醒菜单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open GluteGuide</source>
        <translation>打开 GluteGuide(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start today&apos;s session</source>
        <translation>开始今天的训练(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GluteGuide</source>
        <translation>GluteGuide</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Time for your hip exercises</source>
        <translation>该做髋部练习了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your side-lying series is ready when you are. Stop if you feel pain.</source>
        <translation>侧卧系列练习已准备好，随时可以开始。如感到疼痛，请停止。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GluteGuide: next reminder %1 %2</source>
        <translation>GluteGuide：下次提醒 %1 %2</translation>
    </message>
</context>
<context>
    <name>RepsChart</name>
    <message>
        <location filename="../app/widgets/RepsChart.cpp" line="+82"/>
        <location line="+157"/>
        <source>Repetitions per session for each movement</source>
        <translation>每个动作每次训练的重复次数</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No sessions yet.</source>
        <translation>还没有训练记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 session, on %1.</source>
        <translation>1 次训练，%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sessions from %1 to %2.</source>
        <translation>
            <numerusform>%1 至 %2 共 %n 次训练。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each point is the average session of one week.</source>
        <translation>每个点代表一周的平均训练。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 reps at first, %3 most recently, of %4 prescribed.</source>
        <translation>%1：起初 %2 次，最近 %3 次，处方 %4 次。</translation>
    </message>
</context>
<context>
    <name>RoutineDocument</name>
    <message>
        <location filename="../app/document/RoutineDocument.cpp" line="+64"/>
        <source>GluteGuide routines (*.%1)</source>
        <translation>GluteGuide 训练计划 (*.%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reset to the built-in routine</source>
        <translation>恢复为内置训练计划</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The routine has problems; correct them first, so that the file can be opened again.</source>
        <translation>训练计划有问题；请先更正，以便之后能再次打开该文件。</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <location filename="../app/storage/RoutineFile.cpp" line="+14"/>
        <source>cannot be read: it is a folder, not a routine file</source>
        <translation>无法读取：这是一个文件夹，不是训练计划文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is larger than %1 KiB, too large to be a routine file</source>
        <translation>大于 %1 KiB，作为训练计划文件过大</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot be saved: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>RoutineJson</name>
    <message>
        <location filename="../app/storage/RoutineJson.cpp" line="+167"/>
        <location line="+480"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="-478"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+474"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="-443"/>
        <source>is not a known field; did you mean &quot;%1&quot;?</source>
        <translation>不是已知字段；您是不是要写 &quot;%1&quot;？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a known field; the known fields are %1</source>
        <translation>不是已知字段；已知字段为 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number (got %1)</source>
        <translation>必须是整数（当前值：%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>is far out of range (got %1)</source>
        <translation>远远超出允许范围（当前值：%1）</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>must be a number of seconds (got %1)</source>
        <translation>必须是秒数（当前值：%1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a string (got %1)</source>
        <translation>必须是字符串（当前值：%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be true or false (got %1)</source>
        <translation>必须是 true 或 false（当前值：%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is missing; this version of GluteGuide reads schema_version %1</source>
        <translation>缺失；此版本的 GluteGuide 读取 schema_version %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is %1, newer than this version of GluteGuide reads (%2); open the file with a newer GluteGuide</source>
        <translation>为 %1，高于此版本 GluteGuide 能读取的版本（%2）；请用更新版本的 GluteGuide 打开该文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a known schema version (got %1); this version of GluteGuide reads schema_version %2</source>
        <translation>不是已知的架构版本（当前值：%1）；此版本的 GluteGuide 读取 schema_version %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an array of setup steps (got %1)</source>
        <translation>必须是准备步骤的数组（当前值：%1）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be an object like {&quot;step&quot;: &quot;lie_on_side&quot;, &quot;seconds&quot;: 6} (got %1)</source>
        <translation>必须是类似 {&quot;step&quot;: &quot;lie_on_side&quot;, &quot;seconds&quot;: 6} 的对象（当前值：%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+63"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>is not a known setup step (got %1); use one of %2</source>
        <translation>不是已知的准备步骤（当前值：%1）；请使用以下之一：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be an array of movements (got %1)</source>
        <translation>必须是动作数组（当前值：%1）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be an object like {&quot;movement&quot;: &quot;clamshell&quot;, &quot;reps&quot;: 15, &quot;phase_seconds&quot;: [2, 2]} (got %1)</source>
        <translation>必须是类似 {&quot;movement&quot;: &quot;clamshell&quot;, &quot;reps&quot;: 15, &quot;phase_seconds&quot;: [2, 2]} 的对象（当前值：%1）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>is not a known movement (got %1); use one of %2</source>
        <translation>不是已知的动作（当前值：%1）；请使用以下之一：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be an array of seconds, one per phase (got %1)</source>
        <translation>必须是秒数数组，每个阶段一个值（当前值：%1）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>must be &quot;%1&quot; or &quot;%2&quot; (got %3)</source>
        <translation>必须是 &quot;%1&quot; 或 &quot;%2&quot;（当前值：%3）</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>is empty; a routine file is a JSON object</source>
        <translation>为空；训练计划文件应为 JSON 对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is saved as UTF-16 text; save it as UTF-8 (JSON&apos;s encoding)</source>
        <translation>以 UTF-16 文本保存；请另存为 UTF-8（JSON 的编码）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not valid JSON: %1 at line %2, column %3 (byte offset %4)</source>
        <translation>不是有效的 JSON：第 %2 行第 %3 列：%1（字节偏移 %4）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a JSON object {&quot;schema_version&quot;: %1, ...} (got %2)</source>
        <translation>必须是 JSON 对象 {&quot;schema_version&quot;: %1, ...}（当前值：%2）</translation>
    </message>
</context>
<context>
    <name>RoutineProblemText</name>
    <message>
        <location filename="../app/text/RoutineProblemText.cpp" line="+19"/>
        <source>must be a whole number from %1 to %2 (got %3)</source>
        <translation>必须是 %1 到 %2 之间的整数（当前值：%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be from %1 to %2 seconds (got %3)</source>
        <translation>必须在 %1 到 %2 秒之间（当前值：%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must list one duration per phase of %2 (expected %1, got %3)</source>
        <translation>必须为 %2 的每个阶段列出一个时长（应为 %1 个，当前 %3 个）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must list at least one movement</source>
        <translation>必须至少包含一个动作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must have at least one movement switched on</source>
        <translation>必须至少启用一个动作</translation>
    </message>
</context>
<context>
    <name>ScreenshotCapture</name>
    <message>
        <location filename="../app/window/ScreenshotCapture.cpp" line="+52"/>
        <source>could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../app/pages/SessionPage.cpp" line="+113"/>
        <source>Whole session progress</source>
        <translation>整个训练的进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise demonstration figure</source>
        <translation>练习演示人物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase of the current repetition</source>
        <translation>当前这次重复的阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+174"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Pause or resume (Space)</source>
        <translation>暂停或继续（空格键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That&apos;s all I can do</source>
        <translation>我只能做这么多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That&apos;s all I can do: end this movement (Enter)</source>
        <translation>我只能做这么多：结束此动作（回车键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+175"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+175"/>
        <source>Skip rest</source>
        <translation>跳过休息</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Skip this part</source>
        <translation>跳过这一部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop…</source>
        <translation>停止…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the session (Esc)</source>
        <translation>停止训练（Esc）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain — stop now</source>
        <translation>疼痛——立即停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain: stop the session now (P)</source>
        <translation>疼痛：立即停止训练（P）</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Stop the session?</source>
        <translation>停止训练？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop here? The reps you have done so far are kept.</source>
        <translation>在这里停止吗？已完成的重复次数会保留。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>of %1</source>
        <translation>共 %1 次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next: %1</source>
        <translation>下一个：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get ready</source>
        <translation>准备</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../app/pages/SettingsPage.cpp" line="+187"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+1"/>
        <source>Back to home</source>
        <translation>返回主页</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Sound and colours</source>
        <translation>声音和颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded voice</source>
        <translation>录制的语音</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System text-to-speech</source>
        <translation>系统文字转语音</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off (captions only)</source>
        <translation>关闭（仅字幕）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>System text-to-speech (not available on this computer)</source>
        <translation>系统文字转语音（此电脑不可用）</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Some saved settings could not be used (%1):</source>
        <translation>部分已保存的设置无法使用（%1）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings that could not be used</source>
        <translation>无法使用的设置</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voice:</source>
        <translation>语音(&amp;V)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vol&amp;ume:</source>
        <translation>音量(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft tick at each lift and lower</source>
        <translation>每次抬起和放下时轻响一声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempo tick</source>
        <translation>节奏提示音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tempo:</source>
        <translation>节奏(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front-desk kiosk</source>
        <translation>前台演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run as a front-desk kiosk</source>
        <translation>以前台演示模式运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode</source>
        <translation>前台演示模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kiosk:</source>
        <translation>前台演示(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A full-screen demo loops by itself, with captions. Leaving it or changing these settings needs the staff PIN.</source>
        <translation>全屏演示会自动循环播放，并显示字幕。退出演示或更改这些设置需要员工 PIN。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the demo screen</source>
        <translation>显示在演示画面上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic name</source>
        <translation>诊所名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic &amp;name:</source>
        <translation>诊所名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic logo file</source>
        <translation>诊所标志文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the clinic logo</source>
        <translation>选择诊所标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the clinic logo</source>
        <translation>移除诊所标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo:</source>
        <translation>标志(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo reps per movement</source>
        <translation>演示中每个动作的重复次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;mo reps per movement:</source>
        <translation>演示中每个动作的次数(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds without use before the demo returns</source>
        <translation>无人操作多少秒后返回演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the demo when idle f&amp;or:</source>
        <translation>闲置多久后返回演示(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start muted (captions only)</source>
        <translation>启动时静音（仅字幕）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk starts muted</source>
        <translation>前台演示启动时静音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sound:</source>
        <translation>声音(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff PIN:</source>
        <translation>员工 PIN：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Daily reminder</source>
        <translation>每日提醒</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remind me to do my exercises</source>
        <translation>提醒我做练习</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reminder:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder time</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Days:</source>
        <translation>星期(&amp;D)：</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>While the reminder is on, GluteGuide starts in the background when you log in, so it can remind you.</source>
        <translation>开启提醒后，GluteGuide 会在您登录时于后台启动，以便提醒您。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reminder appears while GluteGuide is running.</source>
        <translation>提醒只在 GluteGuide 运行时出现。</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>Choose the clinic&apos;s logo</source>
        <translation>选择诊所标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>GluteGuide has no recorded voice in %1 yet: the system&apos;s text-to-speech says the cues instead.</source>
        <translation>GluteGuide 还没有%1的录音语音：改由系统的文字转语音朗读提示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GluteGuide has no recorded voice in %1 yet, and the system&apos;s text-to-speech has none either: the cues are shown as captions only.</source>
        <translation>GluteGuide 还没有%1的录音语音，系统的文字转语音也没有：提示只以字幕显示。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system&apos;s text-to-speech has no voice in %1: the cues are shown as captions only.</source>
        <translation>系统的文字转语音没有%1的语音：提示只以字幕显示。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the staff &amp;PIN…</source>
        <translation>更改员工 PIN(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the staff &amp;PIN…</source>
        <translation>设置员工 PIN(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the staff PIN</source>
        <translation>更改员工 PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the staff PIN</source>
        <translation>设置员工 PIN</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../app/pages/SummaryPage.cpp" line="+70"/>
        <source>&lt;b&gt;You stopped because of pain.&lt;/b&gt;&lt;br&gt;Stop exercising for today and rest in a position that feels comfortable. Sharp pain, pain that spreads down a leg, numbness or pain that does not settle within a day are reasons to contact your clinician before you try again. Next time, do fewer repetitions and move more slowly.</source>
        <translation>&lt;b&gt;您因疼痛停止了训练。&lt;/b&gt;&lt;br&gt;今天请停止练习，以舒适的姿势休息。如出现剧烈疼痛、沿腿向下放射的疼痛、麻木，或疼痛一天内仍未缓解，请在再次练习前联系您的医生或治疗师。下次请减少重复次数，动作放得更慢。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repetitions achieved per movement, set and side</source>
        <translation>按动作、组和侧别统计的完成次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Back to home</source>
        <translation>返回主页</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Well done — series complete</source>
        <translation>做得好——整组练习已完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped for pain</source>
        <translation>因疼痛停止</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 repetitions · time taken %3</source>
        <translation>完成 %1/%2 次重复 · 用时 %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 side, set %2</source>
        <translation>%1，第 %2 组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>WeeklyBars</name>
    <message>
        <location filename="../app/widgets/WeeklyBars.cpp" line="+22"/>
        <location line="+48"/>
        <source>Sessions per week</source>
        <translation>每周训练次数</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>Sessions in each of the last %n weeks, oldest first: %1.</source>
        <translation>
            <numerusform>最近 %n 周每周的训练次数（从最早到最近）：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 session this week.</source>
        <translation>本周 1 次训练。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sessions this week.</source>
        <translation>
            <numerusform>本周 %n 次训练。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+67"/>
        <source>Try &apos;gluteguide --help&apos; for more information.</source>
        <translation>运行“gluteguide --help”以获取更多信息。</translation>
    </message>
    <message>
        <location filename="../app/startup/WindowStartup.cpp" line="+60"/>
        <source>gluteguide: using the built-in routine instead.</source>
        <translation>gluteguide: 改用内置训练计划。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>GluteGuide</source>
        <translation>GluteGuide</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>gluteguide: GluteGuide is already running; this request was passed on to it.</source>
        <translation>gluteguide：GluteGuide 已在运行；此请求已转交给它。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>gluteguide: another GluteGuide may be starting at this moment; both run.</source>
        <translation>gluteguide：可能另一个 GluteGuide 正在同时启动；两者都会运行。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>gluteguide: kiosk mode needs a staff PIN; starting without it.</source>
        <translation>gluteguide: 前台演示模式需要员工 PIN；将以普通模式启动。</translation>
    </message>
</context>
</TS>
