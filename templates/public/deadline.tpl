{{%AUTOESCAPE context="HTML"}}
{{! 期限计算器. START DAYS FROM TO YEARS; ERROR (MESSAGE); RESULT_ADD (START N END); RESULT_BETWEEN (FROM TO N);
    DAYLIST (DAY (DATE WEEKDAY KIND COUNTED (N))); FALLBACK (YEARS). }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <span aria-current="page">期限计算器</span></nav>
<header class="page-header"><h1>期限计算器</h1>
<p class="lead">按国务院办公厅公布的节假日安排计算工作日。期限自起算日的次日开始计算，调休上班的周末计为工作日，法定节假日不计。</p></header>
{{#ERROR}}<div class="alert alert-error" role="alert"><p>{{MESSAGE}}</p></div>{{/ERROR}}
<div class="grid">
<form class="form card" method="get" action="/tools/deadline" aria-labelledby="add-title">
<h2 class="card-title" id="add-title">第 N 个工作日</h2>
<div class="field"><label for="dl-start">起算日期（如收到申请之日）</label><input id="dl-start" name="start" type="date" value="{{START}}"></div>
<div class="field"><label for="dl-days">工作日数</label><input id="dl-days" name="days" type="number" min="1" max="200" value="{{DAYS}}"><p class="field-hint">答复期限 20 个，补正告知 7 个，征求意见 15 个。</p></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">计算</button></div>
</form>
<form class="form card" method="get" action="/tools/deadline" aria-labelledby="between-title">
<h2 class="card-title" id="between-title">两个日期之间的工作日</h2>
<div class="field"><label for="dl-from">开始日期（不含）</label><input id="dl-from" name="from" type="date" value="{{FROM}}"></div>
<div class="field"><label for="dl-to">结束日期（含）</label><input id="dl-to" name="to" type="date" value="{{TO}}"></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">计算</button></div>
</form>
</div>
{{#RESULT_ADD}}<section class="card" aria-labelledby="res-title"><h2 class="card-title" id="res-title">计算结果</h2>
<p class="stat" role="status">{{START}} 之后的第 {{N}} 个工作日是 <strong id="deadline-result">{{END}}</strong></p></section>{{/RESULT_ADD}}
{{#RESULT_BETWEEN}}<section class="card" aria-labelledby="res-title"><h2 class="card-title" id="res-title">计算结果</h2>
<p class="stat" role="status">{{FROM}}（不含）至 {{TO}}（含）共有 <strong id="deadline-result">{{N}}</strong> 个工作日</p></section>{{/RESULT_BETWEEN}}
{{#FALLBACK}}<div class="alert alert-error" role="note"><p>日历未发布：{{YEARS}} 年的节假日安排尚未公布，暂按周一至周五计算，结果可能变化。</p></div>{{/FALLBACK}}
{{#DAYLIST}}<section class="card" aria-labelledby="days-title"><h2 class="card-title" id="days-title">逐日说明</h2>
<div class="table-wrap"><table class="table"><thead><tr><th scope="col">日期</th><th scope="col">星期</th><th scope="col">类型</th><th scope="col">计数</th></tr></thead>
<tbody>{{#DAY}}<tr><td>{{DATE}}</td><td>{{WEEKDAY}}</td><td>{{KIND}}</td><td>{{#COUNTED}}第 {{N}} 个工作日{{/COUNTED}}</td></tr>{{/DAY}}</tbody></table></div></section>{{/DAYLIST}}
<p class="muted">已录入节假日安排的年份：{{YEARS}}。</p>
