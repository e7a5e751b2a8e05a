{{%AUTOESCAPE context="HTML"}}
{{! The register: YEAR Q VIEW; YEARS (VALUE LABEL SELECTED); VIEW_ALL VIEW_HANDLING VIEW_OVERDUE VIEW_REPLIED VIEW_PUBLISHED VIEW_WITHHELD;
    FIGURES (FillFigures); PROPOSALS (FillProposal); NO_PROPOSALS; PAGINATION. }}
<header class="page-header"><h1>建议提案办理</h1>
<p><a class="btn btn-primary" href="/console/proposals/new">登记建议提案</a></p></header>
<form class="filters" method="get" action="/console/proposals" aria-label="选择年度">
<div class="field"><label for="cp-year">年度</label><select id="cp-year" name="year">{{#YEARS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YEARS}}</select></div>
<div class="field"><label for="cp-q">查找</label><input id="cp-q" name="q" type="search" value="{{Q}}" maxlength="200"></div>
<input type="hidden" name="view" value="{{VIEW}}">
<div class="form-actions"><button type="submit" class="btn btn-secondary">查看</button></div>
</form>
{{#FIGURES}}<p class="muted">{{YEAR}} 年：承办 {{TOTAL}} 件（建议 {{SUGGESTIONS}}、提案 {{PROPOSALS}}），已答复 {{REPLIED}} 件，按期答复率 {{ON_TIME_RATE}}，逾期未答复 <strong>{{OVERDUE_OPEN}}</strong> 件；A 类 {{RESULT_A}}、B 类 {{RESULT_B}}、C 类 {{RESULT_C}}；已公开 {{PUBLISHED}} 件。</p>{{/FIGURES}}
<nav class="tabs" aria-label="办理状态"><ul>
<li><a href="/console/proposals?year={{YEAR}}"{{#VIEW_ALL}} aria-current="page"{{/VIEW_ALL}}>全部</a></li>
<li><a href="/console/proposals?year={{YEAR}}&amp;view=handling"{{#VIEW_HANDLING}} aria-current="page"{{/VIEW_HANDLING}}>办理中</a></li>
<li><a href="/console/proposals?year={{YEAR}}&amp;view=overdue"{{#VIEW_OVERDUE}} aria-current="page"{{/VIEW_OVERDUE}}>逾期</a></li>
<li><a href="/console/proposals?year={{YEAR}}&amp;view=replied"{{#VIEW_REPLIED}} aria-current="page"{{/VIEW_REPLIED}}>已答复</a></li>
<li><a href="/console/proposals?year={{YEAR}}&amp;view=published"{{#VIEW_PUBLISHED}} aria-current="page"{{/VIEW_PUBLISHED}}>已公开</a></li>
<li><a href="/console/proposals?year={{YEAR}}&amp;view=withheld"{{#VIEW_WITHHELD}} aria-current="page"{{/VIEW_WITHHELD}}>不公开</a></li>
</ul></nav>
{{#NO_PROPOSALS}}<div class="card empty-state"><p>没有建议提案。</p></div>{{/NO_PROPOSALS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="建议提案">
<table class="table">
<thead><tr><th scope="col">编号</th><th scope="col">标题</th><th scope="col">承办</th><th scope="col">答复期限</th><th scope="col">状态</th></tr></thead>
<tbody>{{#PROPOSALS}}<tr><td>{{KIND}}<br>{{NUMBER}}</td><td><a href="/console/proposals/{{ID}}">{{TITLE}}</a><br><span class="muted">{{PROPOSER}}</span></td><td>{{ROLE}}</td><td>{{DUE_ON}}{{#OVERDUE}}<br><span class="badge badge-error">已逾期</span>{{/OVERDUE}}</td><td><span class="badge proposal-{{STATE_CODE}}">{{STATE}}</span>{{#ANSWERED}} {{RESULT_CODE}} 类{{/ANSWERED}}</td></tr>{{/PROPOSALS}}</tbody>
</table></div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 项，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
