{{%AUTOESCAPE context="HTML"}}
{{! 搜索分析: the searches that found nothing or little, week by week. WEEKS_N; WEEK_OPTIONS (VALUE LABEL SELECTED);
    WEEKS (ID MONDAY SUNDAY SEARCHES MISSED; NONE; HAS_ROWS; ROWS (QUERY SEARCH_URL COUNT RESULTS)). }}
<header class="page-header"><h1>搜索分析</h1></header>
<p>公众在本站搜索而没有找到或很少找到（少于 5 条完全匹配）的词，按周统计。经常被搜索却找不到的信息，可作为主动公开的候选（《政府信息公开条例》第四十四条，依申请转主动），或据此完善标题、栏目和关键词。搜索记录不含访问者的地址或身份。</p>
<form class="filters" method="get" action="/console/search-analytics">
<div class="field"><label for="sa-weeks">统计范围</label>
<select id="sa-weeks" name="weeks">{{#WEEK_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/WEEK_OPTIONS}}</select></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">查看</button></div>
</form>
{{#WEEKS}}<section class="card" aria-labelledby="{{ID}}">
<h2 class="card-title" id="{{ID}}">{{MONDAY}} 至 {{SUNDAY}}</h2>
<p class="muted">搜索 {{SEARCHES}} 次，其中没有或很少找到 {{MISSED}} 次。</p>
{{#NONE}}<p class="muted">本周没有未找到的搜索。</p>{{/NONE}}
{{#HAS_ROWS}}<div class="table-wrap"><table class="table">
<caption class="sr-only">{{MONDAY}} 起一周未找到或很少找到的搜索</caption>
<thead><tr><th scope="col">搜索词</th><th scope="col">次数</th><th scope="col">完全匹配条数</th></tr></thead>
<tbody>{{#ROWS}}<tr><td><a href="{{SEARCH_URL}}">{{QUERY}}</a></td><td>{{COUNT}}</td><td>{{RESULTS}}</td></tr>{{/ROWS}}</tbody>
</table></div>{{/HAS_ROWS}}
</section>{{/WEEKS}}
