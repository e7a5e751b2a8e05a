{{%AUTOESCAPE context="HTML"}}
{{! The major decisions of the user's agencies for YEAR: YEARS (VALUE LABEL SELECTED); DECISIONS (FillDecision); NO_DECISIONS. }}
<header class="page-header"><h1>重大行政决策事项目录</h1>
<p><a class="btn btn-primary" href="/console/decisions/new">新增事项</a></p></header>
<form class="filters" method="get" action="/console/decisions" aria-label="选择年度">
<div class="field"><label for="dy">年度</label><select id="dy" name="year">{{#YEARS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YEARS}}</select></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">查看</button></div>
</form>
{{#NO_DECISIONS}}<div class="card empty-state"><p>{{YEAR}} 年还没有事项。</p></div>{{/NO_DECISIONS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="决策事项">
<table class="table">
<thead><tr><th scope="col">事项</th><th scope="col">承办单位</th><th scope="col">进展</th><th scope="col">状态</th></tr></thead>
<tbody>{{#DECISIONS}}<tr><td><a href="/console/decisions/{{ID}}">{{TITLE}}</a><br><span class="muted">{{AGENCY}}</span></td><td>{{OWNER}}</td><td>{{PROGRESS}}</td><td><span class="badge consult-state-{{STATE_CODE}}">{{STATE}}</span></td></tr>{{/DECISIONS}}</tbody>
</table></div>
